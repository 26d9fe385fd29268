package org.newsroom.cms.plugins.bylines.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keysIgnoreCaseDiacriticsPunctuationAndSpacing() {
        assertThat(Names.key("Hérmansyah")).isEqualTo("hermansyah");
        assertThat(Names.key("  HERMANSYAH ")).isEqualTo("hermansyah");
        assertThat(Names.key("M. Baqeri")).isEqualTo(Names.key("m  baqeri"));
        assertThat(Names.key("Zoë Ñúñez-García")).isEqualTo("zoe nunez garcia");
        assertThat(Names.key(null)).isEmpty();
    }

    @Test
    void slugsAreLowerCaseAsciiWithDashes() {
        assertThat(Names.slugify("Siti Nurbaya Bakrie")).isEqualTo("siti-nurbaya-bakrie");
        assertThat(Names.slugify("Zoë Ñúñez-García")).isEqualTo("zoe-nunez-garcia");
        assertThat(Names.slugify("jane.doe_2")).isEqualTo("jane-doe-2");
        assertThat(Names.slugify("!!!")).isEqualTo("contributor");
        assertThat(Names.slugify("a".repeat(300))).hasSize(Names.MAX_SLUG);
        assertThat(Names.isSlug(Names.slugify("  Mohammad  Baqeri  "))).isTrue();
    }

    @Test
    void uniqueSlugsGetANumber() {
        Set<String> taken = Set.of("hermansyah", "hermansyah-2");
        assertThat(Names.uniqueSlug("hermansyah", taken::contains)).isEqualTo("hermansyah-3");
        assertThat(Names.uniqueSlug("rina", taken::contains)).isEqualTo("rina");
    }

    @Test
    void slugValidation() {
        assertThat(Names.isSlug("siti-rahma")).isTrue();
        assertThat(Names.isSlug("Siti")).isFalse();
        assertThat(Names.isSlug("siti--rahma")).isFalse();
        assertThat(Names.isSlug("-siti")).isFalse();
        assertThat(Names.isSlug(null)).isFalse();
    }

    @Test
    void indonesianLanguageTags() {
        assertThat(List.of("id", "ID", "id-ID", "in")).allMatch(Names::indonesian);
        assertThat(List.of("en", "en-GB", "")).noneMatch(Names::indonesian);
        assertThat(Names.indonesian(null)).isFalse();
    }

    @Test
    void nameRules() {
        assertThat(NameRules.split("A Budi, C Dewi dan E Fajar.")).containsExactly("A Budi", "C Dewi", "E Fajar");
        assertThat(NameRules.split("Jane Doe & John Smith")).containsExactly("Jane Doe", "John Smith");
        assertThat(NameRules.looksLikeName("Muhammad bin Salman")).isTrue();
        assertThat(NameRules.looksLikeName("HERMANSYAH")).isTrue();
        assertThat(NameRules.looksLikeName("the end of the year")).isFalse();
        assertThat(NameRules.looksLikeName("Agent 007")).isFalse();
        assertThat(NameRules.looksLikeName("Mayor Jenderal Mohammad Baqeri")).isFalse();
        assertThat(NameRules.looksLikeBareName("Hermansyah")).isTrue();
        assertThat(NameRules.looksLikeBareName("M. Hermansyah")).isTrue();
        assertThat(NameRules.looksLikeBareName("HERMANSYAH")).isFalse();
        assertThat(NameRules.looksLikeBareName("Presiden Joko Widodo")).isFalse();
        assertThat(NameRules.looksLikeBareName("A B C D E")).isFalse();
    }

    @Test
    void roles() {
        assertThat(Role.of(" Photographer ")).contains(Role.PHOTOGRAPHER);
        assertThat(Role.of("writer")).isEmpty();
        assertThat(Role.valueList()).containsExactly("author", "reporter", "photographer", "editor", "translator",
                "contributor");
        for (Role role : Role.values()) { // the validation pattern accepts what Role.of reads, and only that
            assertThat(" " + role.value().toUpperCase() + " ").matches(Role.PATTERN);
        }
        assertThat("chef").doesNotMatch(Role.PATTERN);
        assertThat("authors").doesNotMatch(Role.PATTERN);
    }
}
