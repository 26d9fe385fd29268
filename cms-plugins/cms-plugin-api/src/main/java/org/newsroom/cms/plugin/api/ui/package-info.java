/**
 * The newsroom UI extension point: a plugin shows its own panel beside the article in the editor and on the
 * review screen, rendered server-side from its own precompiled jte templates ({@link Templates}) with its own
 * texts ({@link UiMessages}), and driven by htmx against its fragment routes, which the host mounts at
 * {@code /newsroom/plugins/<plugin-id>/…} behind the newsroom session and CSRF check. Panels use the host's UI
 * kit (the classes documented in the README, "Writing a plugin") so every plugin looks like the same product.
 */
package org.newsroom.cms.plugin.api.ui;
