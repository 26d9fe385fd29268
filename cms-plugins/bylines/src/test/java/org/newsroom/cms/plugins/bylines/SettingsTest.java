package org.newsroom.cms.plugins.bylines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugins.bylines.text.Role;

class SettingsTest {

    @Test
    void readsTheTypedSettings() {
        FakeContext context = new FakeContext(null);
        context.config.put("extraPatterns", List.of("^Laporan (?<name>.+)$", " ", "([unclosed"));
        context.config.put("defaultRole", "photographer");
        context.config.put("agencies", List.of("hnt=HanTer", "broken"));
        Settings settings = Settings.of(context.config());
        assertThat(settings.requireAuthor()).isTrue();
        assertThat(settings.defaultRole()).isEqualTo(Role.PHOTOGRAPHER);
        assertThat(settings.extraPatterns()).extracting(Pattern::pattern).as("blank and broken ones left out")
                .containsExactly("^Laporan (?<name>.+)$");
        assertThat(settings.agencies().lookup("hnt")).contains("HanTer");
        assertThat(settings.agencies().lookup("ant")).as("the table replaces the defaults").isEmpty();
    }

    @Test
    void problemsNameTheSettingAndTheBadValue() {
        List<FieldError> errors = Settings.problems(Map.of("extraPatterns", List.of("ok", "(?<name>[a-z", "*"),
                "agencies", List.of("ant=Antara", "Antara")));
        assertThat(errors).extracting(FieldError::field).containsExactly("extraPatterns", "extraPatterns", "agencies");
        assertThat(errors.get(0).message()).contains("pattern 2", "\"(?<name>[a-z\"", "not a valid");
        assertThat(errors.get(1).message()).contains("pattern 3", "\"*\"");
        assertThat(errors.get(2).message()).contains("\"Antara\"", "code=Agency");
        assertThat(Settings.problems(Map.of("extraPatterns", "not a list", "requireAuthorToPublish", true))).isEmpty();
    }
}
