package org.newsroom.cms.core.plugin;

import java.util.Locale;

/**
 * The language the current request's user works in, as the web layer decides it (the newsroom's language
 * choice, then Accept-Language). Implemented by a request-scoped bean of the web module.
 */
public interface RequestLocale {

    Locale locale();
}
