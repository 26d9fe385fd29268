package org.newsroom.cms.web.site;

/** One story in a list: its link, headline, standfirst, first publication and, for the lead, its picture. */
public record Teaser(String href, String headline, String standfirst, String publishedText, String publishedIso,
                     Figure figure) {
}
