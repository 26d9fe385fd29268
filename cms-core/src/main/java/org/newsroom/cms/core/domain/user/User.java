package org.newsroom.cms.core.domain.user;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A newsroom account. Passwords are stored only as a standard PBKDF2 hash. */
@Entity
@Table(name = "cms_user")
public class User {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    /** The UI language the user chose ("en" or "id"); null: not chosen, the browser's decides. */
    @Column(name = "ui_language")
    private String uiLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cms_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {
        // for JPA
    }

    public User(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void changeRoles(Set<Role> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        passwordHash = newHash;
        updatedAt = now;
    }

    public void changeDisplayName(String newDisplayName, Instant now) {
        displayName = newDisplayName;
        updatedAt = now;
    }

    public void chooseUiLanguage(String language, Instant now) {
        uiLanguage = language;
        updatedAt = now;
    }

    public void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    public void activate(Instant now) {
        active = true;
        updatedAt = now;
    }

    public UUID getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isActive() { return active; }
    public String getUiLanguage() { return uiLanguage; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
