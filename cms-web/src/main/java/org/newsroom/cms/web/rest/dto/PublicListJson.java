package org.newsroom.cms.web.rest.dto;

import java.util.List;

/** Latest published articles; pass {@code next} back as {@code ?after=} for the following page (null at the end). */
public record PublicListJson(List<PublicArticleSummaryJson> items, String next) {
}
