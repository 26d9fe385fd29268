package org.newsroom.cms.core.application;

/** The plugin exists but is disabled, so its endpoints do not answer (HTTP 409). Its data is kept. */
public class PluginDisabledException extends CmsException {

    public PluginDisabledException(String plugin) {
        super("The plugin \"" + plugin + "\" is disabled. Its data is kept; an admin can enable it with "
                + "POST /api/admin/plugins/" + plugin + "/enable.");
    }
}
