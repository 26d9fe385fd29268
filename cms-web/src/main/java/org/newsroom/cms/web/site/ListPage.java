package org.newsroom.cms.web.site;

import java.util.List;

/**
 * A list of stories: the front page (with its lead story), a section, a plugin's collection (a tag, an author).
 *
 * @param older the next page's address, or null on the last
 */
public record ListPage(Chrome chrome, String heading, String description, Teaser lead, List<Teaser> teasers,
                       String older) {
}
