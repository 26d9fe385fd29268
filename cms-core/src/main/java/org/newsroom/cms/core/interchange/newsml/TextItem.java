package org.newsroom.cms.core.interchange.newsml;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.newsroom.cms.core.domain.article.ArticleContent;

/**
 * What a text item says about one version of an article, gathered once so the writer needs neither the
 * entities nor the database.
 *
 * @param version        the revision number the content is from
 * @param versionCreated when that version was made (published, or saved for a working copy)
 * @param usable         {@code stat:usable} (live) rather than {@code stat:withheld}
 * @param sectionName    the section's name for people, or null without a section
 */
record TextItem(UUID id, String slug, int version, Instant firstCreated, Instant versionCreated, boolean usable,
                ArticleContent content, String sectionName, List<Note> corrections) {

    TextItem {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** A correction note readers are shown, with its time. */
    record Note(Instant at, String text) {
    }
}
