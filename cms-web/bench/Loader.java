import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's loader and write-path meter: synthetic Indonesian-like articles with tags and bylines, created
 * through the public API exactly as a wire desk would (one create call with the plugins' fields, then submit by
 * the journalist and publish by an editor). Run by run.sh with JDK 17's single-file launch; no dependencies, so
 * the JSON it needs is written and read by hand below.
 * <pre>
 * java Loader.java setup   BASE ADMIN_PASSWORD OUT      users, sections, contributors (OUT/contributors.txt)
 * java Loader.java load    BASE N THREADS OUT           N articles created+submitted+published (OUT/slugs.txt, OUT/tags.txt)
 * java Loader.java write   BASE PHASE COUNT WRITERS OUT PHASE create | submit | publish, timed (OUT/write-ids.txt)
 * </pre>
 * Every timed command prints one line {@code ops=… errors=… retries=… seconds=… rate=… p50ms=… p99ms=…} that run.sh parses.
 */
public final class Loader {

    static final String JOURNALIST = "bench-wartawan";
    static final String EDITOR = "bench-redaktur";
    static final String PASSWORD = "bench-password-2026";
    static final List<String> SECTIONS = List.of("nasional", "dunia", "ekonomi", "olahraga", "teknologi");

    static final String[] WORDS = ("pemerintah meningkatkan peningkatan kerja sama militer ekonomi rakyat daerah "
            + "presiden menteri gubernur bupati warga desa kota provinsi anggaran pembangunan jalan tol pelabuhan "
            + "bandara nelayan petani harga beras minyak goreng subsidi bantuan sosial pendidikan sekolah guru siswa "
            + "kesehatan rumah sakit dokter pasien banjir longsor gempa bumi cuaca hujan kemarau kebakaran hutan "
            + "pemilihan umum partai calon legislatif kampanye suara hasil penghitungan mahkamah konstitusi hakim "
            + "jaksa polisi penyidik tersangka korupsi dana proyek investasi asing saham rupiah dolar bank inflasi "
            + "ekspor impor industri pabrik tenaga kerja upah minimum buruh mahasiswa demonstrasi aparat keamanan "
            + "perbatasan laut natuna kapal patroli nelayan asing diplomasi kunjungan kenegaraan perjanjian bilateral "
            + "teknologi digital internet startup aplikasi data pribadi keamanan siber transportasi kereta cepat "
            + "olahraga sepak bola tim nasional pelatih pemain pertandingan stadion juara turnamen medali emas "
            + "mengatakan menyatakan menjelaskan menegaskan mengungkapkan menambahkan berharap berencana akan telah "
            + "sedang masih belum sudah juga namun karena sehingga agar bahwa dengan untuk dalam pada oleh dari ke")
            .split(" ");
    static final String[] PLACES = {"Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar",
            "Palembang", "Pontianak", "Jayapura", "Yogyakarta", "Banda Aceh", "Manado", "Kupang", "Ambon"};
    static final String[] TOPICS = {"Politik", "Ekonomi", "Hukum", "Pendidikan", "Kesehatan", "Bencana Alam",
            "Pemilu 2029", "Korupsi", "Laut Natuna", "Iran", "Tiongkok", "Amerika Serikat", "ASEAN", "Timnas",
            "Liga 1", "Harga Beras", "Subsidi BBM", "Kereta Cepat", "Ibu Kota Nusantara", "Keamanan Siber",
            "Startup", "Rupiah", "Bank Indonesia", "Buruh", "Mahasiswa", "DPR", "KPK", "Polri", "TNI", "Cuaca"};
    static final String[] FIRST = {"Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Wulan", "Joko", "Ayu",
            "Rizky", "Putri", "Bambang", "Indah", "Fajar", "Nur"};
    static final String[] LAST = {"Rahma", "Santoso", "Lestari", "Hidayat", "Pratama", "Wijaya", "Saputra",
            "Hermansyah", "Kusuma", "Nugroho"};

    static final AtomicInteger RETRIES = new AtomicInteger();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], args[2], Path.of(args[3]));
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "write" -> write(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Path.of(args[5]));
            default -> throw new IllegalArgumentException("setup | load | write, not " + args[0]);
        }
    }

    // ---- setup: accounts, sections, contributors (idempotent: 409 is fine on a re-run) ----

    static void setup(String base, String adminPassword, Path out) throws IOException {
        Api admin = new Api(base, "admin", adminPassword);
        admin.expect(admin.post("/api/admin/users", json(Map.of("username", JOURNALIST, "password", PASSWORD,
                "displayName", "Wartawan Bench", "roles", List.of("JOURNALIST")))), 201, 409);
        admin.expect(admin.post("/api/admin/users", json(Map.of("username", EDITOR, "password", PASSWORD,
                "displayName", "Redaktur Bench", "roles", List.of("EDITOR")))), 201, 409);
        for (String s : SECTIONS) {
            String name = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            admin.expect(admin.post("/api/admin/sections", json(Map.of("name", name, "slug", s))), 201, 409);
        }
        Api editor = new Api(base, EDITOR, PASSWORD);
        List<String> slugs = new ArrayList<>();
        for (String first : FIRST) {
            for (String last : Arrays.copyOf(LAST, 3)) {
                HttpResponse<String> r = editor.post("/api/plugins/bylines/contributors",
                        json(Map.of("displayName", first + " " + last)));
                editor.expect(r, 201, 409);
                if (r.statusCode() == 201) {
                    slugs.add((String) ((Map<?, ?>) Json.parse(r.body())).get("slug"));
                }
            }
        }
        if (!slugs.isEmpty()) {
            Files.write(out.resolve("contributors.txt"), slugs);
        }
        System.out.println("setup: 2 users, " + SECTIONS.size() + " sections, " + slugs.size() + " contributors");
    }

    // ---- load: N published articles ----

    static void load(String base, int n, int threads, Path out) throws Exception {
        List<String> contributors = Files.readAllLines(out.resolve("contributors.txt"));
        Api journalist = new Api(base, JOURNALIST, PASSWORD);
        Api editor = new Api(base, EDITOR, PASSWORD);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<String> slugs = Collections.synchronizedList(new ArrayList<>());
        Set<String> tags = Collections.synchronizedSet(new LinkedHashSet<>());
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        Timed timed = Timed.run(n, threads, i -> {
            Map<?, ?> created = (Map<?, ?>) Json.parse(journalist.expect(
                    journalist.post("/api/articles", article(run, i, contributors)), 201).body());
            String id = (String) created.get("id");
            journalist.expect(journalist.post("/api/articles/" + id + "/transitions", "{\"to\":\"IN_REVIEW\"}"), 200);
            editor.expect(editor.post("/api/articles/" + id + "/transitions", "{\"to\":\"PUBLISHED\"}"), 200);
            slugs.add((String) created.get("slug"));
            Object tagging = ((Map<?, ?>) ((Map<?, ?>) created.get("plugins")).get("tagging"));
            for (Object tag : (List<?>) ((Map<?, ?>) tagging).get("tags")) {
                tags.add((String) ((Map<?, ?>) tag).get("slug"));
            }
            int d = done.incrementAndGet();
            if (d % 500 == 0) {
                System.out.printf("  loaded %d/%d (%.0f articles/s)%n", d, n, d / ((System.nanoTime() - start) / 1e9));
            }
        });
        Files.write(out.resolve("slugs.txt"), slugs);
        Files.write(out.resolve("tags.txt"), tags);
        System.out.println(timed.summary());
    }

    // ---- write: one phase of the write path, timed ----

    static void write(String base, String phase, int count, int writers, Path out) throws Exception {
        Path ids = out.resolve("write-ids.txt");
        Timed timed;
        if (phase.equals("create")) {
            List<String> contributors = Files.readAllLines(out.resolve("contributors.txt"));
            Api journalist = new Api(base, JOURNALIST, PASSWORD);
            String run = "w" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            String[] created = new String[count];
            timed = Timed.run(count, writers, i -> created[i] = (String) ((Map<?, ?>) Json.parse(journalist.expect(
                    journalist.post("/api/articles", article(run, i, contributors)), 201).body())).get("id"));
            Files.write(ids, Arrays.stream(created).filter(s -> s != null).toList());
        } else {
            List<String> list = Files.readAllLines(ids);
            boolean submit = phase.equals("submit");
            Api api = submit ? new Api(base, JOURNALIST, PASSWORD) : new Api(base, EDITOR, PASSWORD);
            String body = submit ? "{\"to\":\"IN_REVIEW\"}" : "{\"to\":\"PUBLISHED\"}";
            timed = Timed.run(list.size(), writers,
                    i -> api.expect(api.post("/api/articles/" + list.get(i) + "/transitions", body), 200));
        }
        System.out.println(timed.summary());
    }

    // ---- synthetic copy ----

    static String article(String run, int i, List<String> contributors) {
        Random r = new Random(i * 31L + 7);
        String place = PLACES[r.nextInt(PLACES.length)];
        String headline = capitalise(words(r, 7 + r.nextInt(4))) + " di " + place + " " + run + "-" + i;
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 6 + r.nextInt(3); p++) {
            body.append("<p>").append(capitalise(words(r, 70 + r.nextInt(30)))).append(".</p>");
        }
        Set<String> tags = new LinkedHashSet<>();
        while (tags.size() < 3) {
            tags.add(r.nextInt(4) == 0 ? "Daerah " + PLACES[r.nextInt(PLACES.length)]
                    : TOPICS[r.nextInt(TOPICS.length)]);
        }
        List<Map<String, Object>> bylines = new ArrayList<>();
        bylines.add(Map.of("contributor", contributors.get(r.nextInt(contributors.size())), "role", "reporter"));
        if (r.nextBoolean()) {
            String second = contributors.get(r.nextInt(contributors.size()));
            if (!second.equals(bylines.get(0).get("contributor"))) {
                bylines.add(Map.of("contributor", second, "role", "photographer"));
            }
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("headline", headline);
        a.put("standfirst", capitalise(words(r, 25)) + ".");
        a.put("body", body.toString());
        a.put("language", "id");
        a.put("section", SECTIONS.get(r.nextInt(SECTIONS.size())));
        a.put("dateline", Map.of("place", place, "source", "HanTer"));
        a.put("plugins", Map.of("tagging", Map.of("tags", new ArrayList<>(tags)), "bylines", Map.of("bylines", bylines)));
        return json(a);
    }

    static String words(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            s.append(k == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- HTTP ----

    record Api(String base, String authorization) {
        Api(String base, String user, String password) {
            this(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }

        /**
         * One POST; a 5xx is retried twice (counted in {@code retries=}): concurrent creates that introduce the
         * same new tag can collide on the tag's unique slug today, and the load should finish anyway.
         */
        HttpResponse<String> post(String path, String body) {
            HttpResponse<String> r = send(path, body);
            for (int attempt = 0; attempt < 2 && r.statusCode() >= 500; attempt++) {
                RETRIES.incrementAndGet();
                r = send(path, body);
            }
            return r;
        }

        private HttpResponse<String> send(String path, String body) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> expect(HttpResponse<String> r, int... statuses) {
            for (int s : statuses) {
                if (r.statusCode() == s) {
                    return r;
                }
            }
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " → "
                    + r.statusCode() + ": " + r.body());
        }
    }

    // ---- timing ----

    interface Op {
        void run(int i) throws Exception;
    }

    record Timed(int ops, int errors, double seconds, long[] nanos) {
        static Timed run(int count, int threads, Op op) throws Exception {
            long[] nanos = new long[count];
            AtomicInteger errors = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    try {
                        op.run(index);
                    } catch (Exception | Error e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("  error: " + e.getMessage());
                        }
                    }
                    nanos[index] = System.nanoTime() - t;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            return new Timed(count, errors.get(), seconds, nanos);
        }

        String summary() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format("ops=%d errors=%d retries=%d seconds=%.2f rate=%.1f p50ms=%.2f p99ms=%.2f", ops, errors,
                    RETRIES.get(), seconds, ops / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
        }

        static double percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
        }
    }

    // ---- minimal JSON ----

    static String json(Object o) {
        if (o instanceof String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('"').toString();
        }
        if (o instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(json(k.toString()) + ":" + json(v)));
            return "{" + String.join(",", parts) + "}";
        }
        if (o instanceof List<?> l) {
            return "[" + String.join(",", l.stream().map(Loader::json).toList()) + "]";
        }
        return String.valueOf(o);
    }

    /** Just enough of a JSON reader for the API's answers: objects, arrays, strings, numbers, literals. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            return new Json(s).value();
        }

        private Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // ':'
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String literal = s.substring(start, i);
            return switch (literal) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> Double.valueOf(literal);
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
