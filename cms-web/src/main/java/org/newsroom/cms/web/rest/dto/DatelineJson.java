package org.newsroom.cms.web.rest.dto;

/** "Jakarta, HanTer": the place and the source a story was filed from. */
public record DatelineJson(String place, String source) {
}
