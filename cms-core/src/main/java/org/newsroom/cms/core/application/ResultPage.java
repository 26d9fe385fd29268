package org.newsroom.cms.core.application;

import java.util.List;

/** One page of a newsroom list: 1-based page number, page size and the total across all pages. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {
}
