package org.newsroom.cms.plugins.tagging.article;

/**
 * A suggestion as offered to a person: the name to accept or dismiss it by, the tag it is (null: accepting
 * creates a free tag), the label to show in the user's language and which language that label is in, and
 * the reason in the user's language ("mentioned 4 times in the body", "disebut 4 kali dalam isi berita").
 */
public record OfferedSuggestion(String name, Long tagId, String code, String label, String labelLang, String reason,
                                double score) {
}
