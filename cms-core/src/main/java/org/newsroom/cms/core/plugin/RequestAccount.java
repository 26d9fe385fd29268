package org.newsroom.cms.core.plugin;

import java.util.Locale;

/**
 * What the web layer already knows of the current request's signed-in user beyond the principal: the account's
 * display name (from the account it read to authenticate the request, so no second lookup) and the language
 * the user works in (the newsroom's choice, the account's language, then Accept-Language). Implemented by a
 * request-scoped bean of the web module.
 */
public interface RequestAccount {

    String displayName();

    Locale locale();
}
