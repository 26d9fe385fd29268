package org.newsroom.cms.plugins.bylines.rest;

import org.newsroom.cms.plugins.bylines.store.Contributor;

/**
 * A contributor in newsroom JSON. {@code bylineCount} is given on single reads (null in lists);
 * {@code mergedInto} names the record a merged duplicate now lives in.
 */
public record ContributorJson(String slug, String displayName, String bio, String username, boolean guest,
                              String affiliation, boolean needsConfirmation, String mergedInto, Integer bylineCount,
                              String createdAt, String updatedAt) {

    static ContributorJson of(Contributor c, Integer bylineCount) {
        return new ContributorJson(c.slug(), c.displayName(), c.bio(), c.username(), c.guest(), c.affiliation(),
                c.needsConfirmation(), c.mergedInto(), bylineCount, c.createdAt().toString(),
                c.updatedAt().toString());
    }
}
