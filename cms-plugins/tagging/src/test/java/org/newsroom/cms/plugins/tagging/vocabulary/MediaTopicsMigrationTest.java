package org.newsroom.cms.plugins.tagging.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugins.tagging.TestDatabase;
import org.newsroom.cms.plugins.tagging.text.TagNames;
import org.newsroom.cms.plugins.tagging.vocabulary.MediaTopicsSql.Concept;

/**
 * V3 loads the whole Media Topics vocabulary: the committed script is exactly what the IPTC file and our
 * labels give, it holds every active concept, and applied on top of V2 (with a newsroom's own tags) it keeps
 * the existing tags' ids, slugs and articles. Regenerate with {@code -DmediaTopics.write=true}.
 */
class MediaTopicsMigrationTest {

    @Test
    void theCommittedMigrationIsWhatTheIptcFileAndOurLabelsGive() throws Exception {
        String generated = MediaTopicsSql.generate();
        if (Boolean.getBoolean("mediaTopics.write")) {
            MediaTopicsSql.main(new String[0]);
        }
        assertThat(Files.readString(MediaTopicsSql.MIGRATION, StandardCharsets.UTF_8))
                .as("V3 is out of date: regenerate it (src/iptc/README.md)").isEqualTo(generated);
    }

    @Test
    void everyActiveConceptIsInAndTheTopTwoLevelsHaveIndonesianLabels() {
        List<Concept> concepts = MediaTopicsSql.concepts();
        assertThat(concepts).hasSize(1160);
        Map<String, Concept> byCode = concepts.stream().collect(Collectors.toMap(Concept::code, c -> c));
        assertThat(concepts).allSatisfy(c -> assertThat(c.parentCode() == null || byCode.containsKey(c.parentCode()))
                .as("%s has an active parent", c.code()).isTrue());
        List<Concept> top = concepts.stream().filter(c -> c.parentCode() == null).toList();
        assertThat(top).hasSize(17);
        Set<String> topCodes = top.stream().map(Concept::code).collect(Collectors.toSet());
        List<Concept> second = concepts.stream().filter(c -> topCodes.contains(c.parentCode())).toList();
        assertThat(second).hasSize(122);

        Map<String, String> labels = MediaTopicsSql.indonesianLabels();
        assertThat(labels.keySet()).allMatch(byCode::containsKey);
        assertThat(labels).containsKeys(top.stream().map(Concept::code).toArray(String[]::new));
        assertThat(labels).containsKeys(second.stream().map(Concept::code).toArray(String[]::new));
        assertThat(labels).containsEntry("medtop:16000000", "konflik, perang dan perdamaian")
                .containsEntry("medtop:11000000", "politik")
                .containsEntry("medtop:04000000", "ekonomi, bisnis dan keuangan");

        // one key, one tag: slugs unique, and no label is another topic's name or label
        assertThat(concepts.stream().map(MediaTopicsSql::slug).distinct()).hasSize(concepts.size());
        Map<String, String> keyOwner = new HashMap<>();
        concepts.forEach(c -> assertThat(keyOwner.put(TagNames.key(c.name()), c.code())).isNull());
        labels.forEach((code, label) -> {
            String owner = keyOwner.putIfAbsent(TagNames.key(label), code);
            assertThat(owner == null || owner.equals(code)).as("label '%s' of %s is also %s", label, code, owner).isTrue();
            assertThat(TagNames.problem(label)).as(label).isNull();
        });
    }

    @Test
    void appliedAfterV2ItKeepsTheTagsArticlesAndIdsANewsroomAlreadyHas() throws Exception {
        try (TestDatabase db = TestDatabase.begin()) {
            db.jdbi().useHandle(h -> {
                Connection c = h.getConnection();
                run(c, "create schema v3_check; set local search_path = v3_check; create table article (id uuid primary key)");
                run(c, TestDatabase.script("V1__tags_vocabularies_synonyms.sql"));
                run(c, TestDatabase.script("V2__iptc_media_topics.sql"));
                UUID article = UUID.randomUUID();
                run(c, "insert into article values ('" + article + "')");
                // the newsroom's own tags: one that is a topic's label, one holding a topic's slug, one plain
                run(c, "insert into plg_tagging_tag (vocabulary, name, slug, norm_key) values "
                        + "('free', 'Soccer', 'soccer', 'soccer'), ('free', 'medtop war', 'medtop-war', 'medtop war'), "
                        + "('free', 'Iran', 'iran', 'iran')");
                run(c, "insert into plg_tagging_article_tag select '" + article + "', id, row_number() over (order by id) "
                        + "from plg_tagging_tag where code in ('medtop:11000000', 'medtop:09000000') or slug in ('soccer', 'iran')");
                Map<String, Long> before = ids(c, "select coalesce(code, slug), id from plg_tagging_tag");

                run(c, TestDatabase.script("V3__whole_media_topics.sql"));

                Map<String, Long> after = ids(c, "select coalesce(code, slug), id from plg_tagging_tag");
                assertThat(one(c, "select count(*) from plg_tagging_tag where vocabulary = 'medtop'")).isEqualTo(1160);
                assertThat(one(c, "select count(*) from plg_tagging_tag where vocabulary = 'medtop' and code is null")).isZero();
                before.forEach((key, id) -> {
                    if (key.startsWith("medtop:")) {
                        assertThat(after.get(key)).as(key + " keeps its id").isEqualTo(id);
                    }
                });
                assertThat(after.get("medtop:20001065")).as("the free tag Soccer became the topic").isEqualTo(before.get("soccer"));
                assertThat(after.get("iran")).isEqualTo(before.get("iran"));
                assertThat(text(c, "select slug from plg_tagging_tag where code = 'medtop:20000062'")).isEqualTo("medtop-war-20000062");
                assertThat(text(c, "select slug from plg_tagging_tag where code = 'medtop:20001065'")).isEqualTo("soccer");
                assertThat(one(c, "select count(*) from plg_tagging_article_tag where article_id = '" + article + "'")).isEqualTo(4);

                assertThat(text(c, "select name from plg_tagging_tag where code = 'medtop:09000000'")).isEqualTo("labor");
                assertThat(text(c, "select t.code from plg_tagging_synonym s join plg_tagging_tag t on t.id = s.tag_id "
                        + "where s.norm_key = 'labour'")).isEqualTo("medtop:09000000");
                assertThat(text(c, "select parent_code from plg_tagging_tag where code = 'medtop:20000644'"))
                        .isEqualTo("medtop:20000638");
                assertThat(text(c, "select l.label from plg_tagging_label l join plg_tagging_tag t on t.id = l.tag_id "
                        + "where t.code = 'medtop:16000000' and l.lang = 'id'")).isEqualTo("konflik, perang dan perdamaian");
                assertThat(one(c, "select count(*) from plg_tagging_label")).isEqualTo(MediaTopicsSql.indonesianLabels().size());
                assertThat(one(c, "select count(*) from pg_tables where tablename like 'v3\\_%'")).isZero();
                run(c, "set local search_path = public");
            });
        }
    }

    private static void run(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> ids(Connection c, String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        assertThat(values).as(sql).hasSize(1);
        return values.iterator().next();
    }
}
