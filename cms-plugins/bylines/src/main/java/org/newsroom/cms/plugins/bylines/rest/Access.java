package org.newsroom.cms.plugins.bylines.rest;

import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PluginException;

/** Who may call the newsroom endpoints: any signed-in user reads, editors and admins manage contributors. */
final class Access {

    private Access() {
    }

    static Caller signedIn(PluginContext context) {
        return context.caller().orElseThrow(() -> PluginException.forbidden("Sign in with a newsroom account."));
    }

    static Caller editor(PluginContext context, String what) {
        Caller caller = signedIn(context);
        if (!caller.isEditor()) {
            throw PluginException.forbidden("Only editors and admins may " + what + ".");
        }
        return caller;
    }
}
