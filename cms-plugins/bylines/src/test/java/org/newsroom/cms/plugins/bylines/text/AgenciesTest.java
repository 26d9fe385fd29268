package org.newsroom.cms.plugins.bylines.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AgenciesTest {

    @Test
    void codesAndFullNamesInAnyCase() {
        Agencies defaults = Agencies.of(Agencies.DEFAULTS);
        assertThat(defaults.lookup("ant")).contains("Antara");
        assertThat(defaults.lookup(" ANT ")).contains("Antara");
        assertThat(defaults.lookup("antara")).contains("Antara");
        assertThat(defaults.lookup("dtk")).contains("detikcom");
        assertThat(defaults.lookup("kmp")).contains("Kompas");
        assertThat(defaults.lookup("tmp")).contains("Tempo");
        assertThat(defaults.lookup("rtr")).contains("Reuters");
        assertThat(defaults.lookup("afp")).contains("AFP");
        assertThat(defaults.lookup("AP")).contains("AP");
        assertThat(defaults.lookup("rdk")).isEmpty();
    }

    @Test
    void malformedEntriesAreRefusedWithAReasonAndSkipped() {
        assertThat(Agencies.problem("ant=Antara")).isEmpty();
        assertThat(Agencies.problem(" hnt = Harian Terbit ")).isEmpty();
        for (String bad : List.of("Antara", "=Antara", "ant=", "a b=Antara", "ant=Antara/Jakarta", "ant=(Antara)")) {
            assertThat(Agencies.problem(bad)).as(bad).get().asString().contains(bad, "code=Agency");
        }
        Agencies table = Agencies.of(List.of("Antara", "hnt = Harian Terbit"));
        assertThat(table.lookup("antara")).isEmpty();
        assertThat(table.lookup("HNT")).contains("Harian Terbit");
        assertThat(table.lookup("harian terbit")).contains("Harian Terbit");
    }
}
