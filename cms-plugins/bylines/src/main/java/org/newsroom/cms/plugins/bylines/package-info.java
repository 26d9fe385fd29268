/**
 * The bylines plugin: contributors (staff linked to an account, or guests), ordered bylines with roles on
 * each article, the rendered byline text in the article's language, a publish check, author pages, and
 * bylines and sign-offs found in wire copy. {@code BylinesPlugin} wires one class per extension point; built
 * on {@code org.newsroom.cms.plugin.api} only.
 */
package org.newsroom.cms.plugins.bylines;
