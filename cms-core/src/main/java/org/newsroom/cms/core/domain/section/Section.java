package org.newsroom.cms.core.domain.section;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A section of the newsroom. The slug is its identity and never changes (articles, lists and URLs hold it);
 * the name is what people read and may be renamed.
 */
@Entity
@Table(name = "section")
public class Section {

    /** The longest slug and name, as the columns allow. */
    public static final int MAX_LENGTH = 80;

    @Id
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Section() {
        // for JPA
    }

    public Section(String slug, String name, Instant now) {
        this.slug = slug;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        name = newName;
        updatedAt = now;
    }

    public String getSlug() { return slug; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
