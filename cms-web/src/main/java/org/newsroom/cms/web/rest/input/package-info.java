/**
 * Input hygiene at the edge of the API: text that cannot be stored (NUL bytes, lone surrogates) is refused
 * wherever it arrives (JSON bodies, path and query values, multipart parts) with a 400 naming the field, before
 * any resource, core service or plugin sees it.
 */
package org.newsroom.cms.web.rest.input;
