package org.newsroom.cms.web.rest.dto;

import java.util.List;

/** A page of a newsroom list (1-based {@code page}). */
public record PageJson<T>(List<T> items, int page, int size, long total) {
}
