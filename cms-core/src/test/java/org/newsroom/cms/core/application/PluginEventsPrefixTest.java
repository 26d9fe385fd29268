package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.PluginException;

/** A plugin's errors about its part of a create are named from the request's root. */
class PluginEventsPrefixTest {

    @Test
    void fieldsGetThePluginsPathAndEverythingElseStays() {
        PluginException e = PluginException.invalid(List.of(new FieldError("tags[1]", "has a < in it"),
                new FieldError("", "is empty"))).with("hint", "x");
        PluginException prefixed = PluginEvents.prefixed(e, "plugins.tagging.");
        assertThat(prefixed.errors()).containsExactly(new FieldError("plugins.tagging.tags[1]", "has a < in it"),
                new FieldError("plugins.tagging", "is empty"));
        assertThat(prefixed.status()).isEqualTo(422);
        assertThat(prefixed.detail()).isEqualTo(e.detail());
        assertThat(prefixed.extensions()).containsEntry("hint", "x");
    }

    @Test
    void aProblemWithoutFieldsIsUnchanged() {
        PluginException forbidden = PluginException.forbidden("Sign in.");
        assertThat(PluginEvents.prefixed(forbidden, "plugins.bylines.")).isSameAs(forbidden);
    }
}
