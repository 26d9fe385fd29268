package org.newsroom.cms.plugins.tagging.vocabulary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsroom.cms.plugins.tagging.text.TagNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generator of migration {@code V3__whole_media_topics.sql}: reads the IPTC's own export of Media Topics
 * ({@code src/iptc/cptall-en-US.json}, unchanged) and our Indonesian labels ({@code src/iptc/labels-id.tsv})
 * and writes the SQL that loads every active concept. Kept in the tests so that
 * {@link MediaTopicsMigrationTest} can check the committed script is exactly what the sources give; run it
 * (see {@code src/iptc/README.md}) after changing either file. Names, slugs and keys are made with the
 * plugin's own {@link TagNames}, so the migration's rows match what the running plugin computes.
 */
public final class MediaTopicsSql {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path IPTC_FILE = MODULE.resolve("src/iptc/cptall-en-US.json");
    static final Path LABELS_FILE = MODULE.resolve("src/iptc/labels-id.tsv");
    static final Path MIGRATION = MODULE.resolve(
            "src/main/resources/db/migration/plugins/tagging/V3__whole_media_topics.sql");
    static final Path STATIC_PART = MODULE.resolve("src/iptc/V3-schema.sql");
    private static final String PREFIX = "http://cv.iptc.org/newscodes/mediatopic/";

    /** An active concept: qcode, its broader concept's qcode (null at the top), its English label. */
    record Concept(String code, String parentCode, String name) {
    }

    private MediaTopicsSql() {
    }

    /** Active concepts in the file's order (retired ones, 190 in the 2022-02-03 release, are left out). */
    static List<Concept> concepts() {
        try {
            JsonNode root = new ObjectMapper().readTree(IPTC_FILE.toFile());
            List<Concept> concepts = new ArrayList<>();
            for (JsonNode c : root.path("conceptSet")) {
                if (c.has("retired")) {
                    continue;
                }
                JsonNode broader = c.path("broader");
                String parent = broader.isArray() && !broader.isEmpty()
                        ? "medtop:" + broader.get(0).asText().substring(PREFIX.length()) : null;
                concepts.add(new Concept(c.path("qcode").asText(), parent, c.path("prefLabel").path("en-US").asText()));
            }
            return concepts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indonesian labels by qcode, in the file's order. */
    static Map<String, String> indonesianLabels() {
        try {
            Map<String, String> labels = new LinkedHashMap<>();
            for (String line : Files.readAllLines(LABELS_FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2 || labels.put(parts[0].strip(), parts[1].strip()) != null) {
                    throw new IllegalStateException("labels-id.tsv: bad or repeated line: " + line);
                }
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slug(Concept c) {
        return "medtop-" + TagNames.slug(c.name());
    }

    /** The whole migration script. */
    static String generate() {
        try {
            StringBuilder sql = new StringBuilder(Files.readString(STATIC_PART, StandardCharsets.UTF_8)
                    .split("-- @@CONCEPTS@@")[0]);
            List<Concept> concepts = concepts();
            sql.append("insert into v3_concept (code, parent_code, name, slug, norm_key) values\n");
            sql.append(concepts.stream().map(c -> "    (" + String.join(", ", literal(c.code()), literal(c.parentCode()),
                    literal(c.name()), literal(slug(c)), literal(TagNames.key(c.name()))) + ")")
                    .collect(Collectors.joining(",\n"))).append(";\n\n");
            sql.append("insert into v3_label (code, lang, label, norm_key) values\n");
            sql.append(indonesianLabels().entrySet().stream().map(e -> "    (" + String.join(", ", literal(e.getKey()),
                    literal("id"), literal(e.getValue()), literal(TagNames.key(e.getValue()))) + ")")
                    .collect(Collectors.joining(",\n"))).append(";\n");
            sql.append(Files.readString(STATIC_PART, StandardCharsets.UTF_8).split("-- @@CONCEPTS@@")[1]);
            return sql.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    /** Writes the migration (run from the module directory). */
    public static void main(String[] args) throws IOException {
        Files.writeString(MIGRATION, generate(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + MIGRATION);
    }
}
