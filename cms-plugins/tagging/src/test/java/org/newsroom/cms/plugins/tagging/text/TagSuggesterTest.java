package org.newsroom.cms.plugins.tagging.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Suggestions on the reference wire story (the seed) and on small cases. */
class TagSuggesterTest {

    private static final List<TagSuggester.Topic> TOPICS = List.of(
            new TagSuggester.Topic(16, "conflict, war and peace", "medtop:16000000",
                    List.of("militer", "senjata", "perang", "pertahanan", "angkatan bersenjata")),
            new TagSuggester.Topic(638, "international relations", "medtop:20000638",
                    List.of("diplomatik", "bilateral", "kerja sama", "aliansi", "perjanjian", "embargo")),
            new TagSuggester.Topic(7, "health", "medtop:07000000", List.of("rumah sakit", "vaksin")));

    private static String seedBody() throws Exception {
        try (var in = TagSuggesterTest.class.getResourceAsStream("/seeds/000_92a82fd6de2abda5.txt")) {
            String text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            return text.substring(text.indexOf('\n') + 1);
        }
    }

    private static Function<Set<String>, Map<String, TagSuggester.KnownTerm>> lookup(
            Map<String, TagSuggester.KnownTerm> known) {
        return keys -> {
            Map<String, TagSuggester.KnownTerm> found = new HashMap<>();
            keys.forEach(k -> {
                if (known.containsKey(k)) {
                    found.put(k, known.get(k));
                }
            });
            return found;
        };
    }

    @Test
    void seedStorySuggestsIranRussiaScoAndADefenceOrDiplomacyTopic() throws Exception {
        List<Suggestion> suggestions = TagSuggester.suggest("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia",
                seedBody(), lookup(Map.of()), TOPICS, Set.of(), 10);
        List<String> names = suggestions.stream().map(Suggestion::name).toList();
        assertThat(names).contains("Iran", "Rusia", "SCO");
        assertThat(names).containsAnyOf("conflict, war and peace", "international relations");
        assertThat(names).doesNotContain("health", "Presiden", "Dia", "Dalam");
        Suggestion iran = suggestions.stream().filter(s -> s.name().equals("Iran")).findFirst().orElseThrow();
        assertThat(iran.reason()).isEqualTo("in the headline, and mentioned 10 times in the body");
        assertThat(iran.reason(Locale.forLanguageTag("id"))).isEqualTo("ada di judul, dan disebut 10 kali dalam isi berita");
        Suggestion sco = suggestions.stream().filter(s -> s.name().equals("SCO")).findFirst().orElseThrow();
        assertThat(sco.reason()).isEqualTo("mentioned 3 times in the body");
        assertThat(sco.reason(Locale.forLanguageTag("id"))).isEqualTo("disebut 3 kali dalam isi berita");
        Suggestion war = suggestions.stream().filter(s -> s.name().equals("conflict, war and peace")).findFirst()
                .orElseThrow();
        assertThat(war.reason()).startsWith("words of this topic in the text: militer ×");
        assertThat(war.reason(Locale.forLanguageTag("id"))).startsWith("kata-kata topik ini dalam teks: militer ×");
        assertThat(names.indexOf("Iran")).isLessThan(names.indexOf("SCO"));
    }

    @Test
    void existingTagsAndSynonymsWinOverPlainNames() throws Exception {
        Map<String, TagSuggester.KnownTerm> known = Map.of(
                "rusia", new TagSuggester.KnownTerm(2, "Russia", null, "Rusia"),
                "iran", new TagSuggester.KnownTerm(1, "Iran", null, null));
        List<Suggestion> suggestions = TagSuggester.suggest("Iran akan Tingkatkan Kerja Sama Militer dengan Rusia",
                seedBody(), lookup(known), TOPICS, Set.of(1L), 10);
        Suggestion russia = suggestions.stream().filter(s -> s.name().equals("Russia")).findFirst().orElseThrow();
        assertThat(russia.tagId()).isEqualTo(2L);
        assertThat(russia.reason()).matches("“Rusia” in the headline, and mentioned \\d+ times in the body");
        assertThat(russia.why().kind()).isEqualTo(Reason.Kind.SYNONYM);
        assertThat(suggestions).extracting(Suggestion::name).doesNotContain("Rusia")
                .as("Iran is already on the article").doesNotContain("Iran");
    }

    @Test
    void wordsOnlySeenAtTheStartOfSentencesAreNotNames() {
        Map<String, Integer> names = TagSuggester.names("Dalam rapat itu. Kemudian semua pulang. Kemudian Budi tidur "
                + "dan Budi bangun. \nPagi datang.");
        assertThat(names).containsEntry("Budi", 2).doesNotContainKeys("Kemudian", "Dalam", "Pagi");
    }

    @Test
    void multiWordNamesAndAcronymsAreCounted() {
        Map<String, Integer> names = TagSuggester.names("Menurut Dewan Keamanan PBB, resolusi itu sah. Anggota "
                + "Dewan Keamanan lain setuju dengan PBB.");
        assertThat(names).containsEntry("Dewan Keamanan", 2).containsEntry("PBB", 2);
    }

    @Test
    void reasonsSayWhereAndHowOftenInEnglishAndIndonesian() {
        Locale id = Locale.forLanguageTag("id");
        Reason once = new Reason(Reason.Kind.TERM, "Iran", false, 1, List.of());
        assertThat(once.text(Locale.ENGLISH)).isEqualTo("mentioned once in the body");
        assertThat(once.text(id)).isEqualTo("disebut sekali dalam isi berita");
        Reason twice = new Reason(Reason.Kind.SYNONYM, "politik", false, 2, List.of());
        assertThat(twice.text(Locale.ENGLISH)).isEqualTo("“politik” mentioned twice in the body");
        assertThat(twice.text(id)).isEqualTo("“politik” disebut dua kali dalam isi berita");
        Reason headline = new Reason(Reason.Kind.TERM, "SCO", true, 0, List.of());
        assertThat(headline.text(Locale.ENGLISH)).isEqualTo("in the headline");
        assertThat(headline.text(id)).isEqualTo("ada di judul");
        assertThat(headline.text(Locale.FRENCH)).as("no French bundle: English").isEqualTo("in the headline");
    }

    @Test
    void aShortTextWithNothingRecurringSuggestsLittle() {
        assertThat(TagSuggester.suggest("Hujan", "Hari ini hujan turun.", lookup(Map.of()), TOPICS, Set.of(), 10))
                .isEmpty();
    }
}
