package org.newsroom.cms.core.domain.section;

import java.util.List;
import java.util.Optional;

/** Stores the newsroom's sections. Sections are never deleted: articles and revisions refer to them. */
public interface SectionRepository {

    /** All sections, by name. */
    List<Section> list();

    Optional<Section> find(String slug);

    /** The section with this name, ignoring case. */
    Optional<Section> findByName(String name);

    boolean exists(String slug);

    void add(Section section);

    /** Makes pending changes hit the database now, so a clash on a unique key surfaces inside the caller. */
    void flush();
}
