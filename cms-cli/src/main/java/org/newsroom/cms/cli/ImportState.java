package org.newsroom.cms.cli;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The state file that makes a batch resumable, kept apart per CMS and user ({@link Key}): a line
 * {@code @server TAB url TAB user} opens the entries of that server and user, then one line per imported
 * file, appended (and written through) as soon as the server has answered,
 * {@code relativePath TAB sha256 TAB STATUS TAB articleId [TAB error]}. A run reads only its own key's
 * entries, so a run against another server or as another user starts fresh (and the earlier key's entries
 * stay for its next run). Within a key the last line of a path wins; lines that cannot be read (a line cut
 * short by a crash) are ignored, and so are entries written before any {@code @server} line (state files of
 * earlier versions: the server recognises what it imported, so sending them again makes no duplicate). The
 * file is locked while a run holds it, so two runs on one folder cannot mix.
 */
public final class ImportState implements Closeable {

    /** The first line of a new state file. */
    static final String HEADER = "# newsroom-import state: @server\turl\tuser, then path\tsha256\tstatus\tarticleId\terror";
    /** The first field of the line that opens a key's entries. */
    static final String SERVER = "@server";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Whose entries: the CMS (its base URL, scheme and host in lower case, without the default port, ending
     * in {@code /}) and the user as the CMS spells the name.
     *
     * @param server the normalised base URL
     * @param user   the username
     */
    public record Key(String server, String user) {

        public Key {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(user, "user");
        }

        /** The key of {@code user} on the CMS at {@code base}. */
        public static Key of(URI base, String user) {
            String scheme = base.getScheme().toLowerCase(Locale.ROOT);
            int port = base.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
            return new Key(scheme + "://" + base.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + (path.endsWith("/") ? path : path + "/"), user);
        }

        /** The line that opens this key's entries, with its newline. */
        String line() {
            return SERVER + "\t" + server + "\t" + escape(user) + "\n";
        }

        @Override
        public String toString() {
            return user + " at " + server;
        }
    }

    /**
     * What the state file says about one file.
     *
     * @param sha256    SHA-256 of the file's bytes when it was sent
     * @param status    the server's verdict
     * @param articleId the article, empty when FAILED
     * @param error     why it failed, empty otherwise
     */
    public record Entry(String sha256, ImportClient.Status status, String articleId, String error) {
    }

    private final Path file;
    private final Key key;
    private final Map<String, Entry> entries;
    private final FileChannel channel;
    private final FileLock lock;

    private ImportState(Path file, Key key, Map<String, Entry> entries, FileChannel channel, FileLock lock) {
        this.file = file;
        this.key = key;
        this.entries = entries;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Reads {@code key}'s entries from the state file (if any) and opens it for appending them.
     *
     * @param file the state file
     * @param key  the CMS and user of this run
     * @throws CommandException when it cannot be read, written or locked
     */
    public static ImportState open(Path file, Key key) throws CommandException {
        Map<String, Entry> entries = new HashMap<>();
        FileChannel channel = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw CommandException.fatal("Another import is running with the state file " + file
                        + "; wait for it to finish.");
            }
            // read only once the lock is held: no other run can be appending meanwhile
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            entries.putAll(parse(lines, key));
            Key last = lastKey(lines);
            ImportState state = new ImportState(file, key, entries, channel, lock);
            long size = channel.size();
            if (size == 0) {
                state.write(HEADER + "\n");
            } else if (!endsWithNewline(file, size)) {
                state.write("\n");
            }
            if (!key.equals(last)) {
                state.write(key.line());
            }
            return state;
        } catch (IOException e) {
            closeQuietly(channel);
            throw CommandException.fatal("Cannot use the state file " + file + ": " + e
                    + " (choose another place with --state FILE).", e);
        }
    }

    /** {@code key}'s entries among the state file's lines, last line of a path winning. */
    static Map<String, Entry> parse(List<String> lines, Key key) {
        Map<String, Entry> entries = new HashMap<>();
        Key current = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(SERVER + "\t") || line.equals(SERVER)) {
                current = key(line);
                continue;
            }
            if (!key.equals(current)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f.length > 5 || f[0].isEmpty() || !SHA256.matcher(f[1]).matches()) {
                continue;
            }
            ImportClient.Status status;
            try {
                status = ImportClient.Status.valueOf(f[2]);
            } catch (IllegalArgumentException e) {
                continue;
            }
            entries.put(unescape(f[0]), new Entry(f[1], status, f[3], f.length == 5 ? unescape(f[4]) : ""));
        }
        return entries;
    }

    /** The key a {@code @server} line names; null when the line is cut short or damaged. */
    private static Key key(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[1].isEmpty() || f[2].isEmpty()) {
            return null;
        }
        return new Key(f[1], unescape(f[2]));
    }

    /** The key whose entries the file ends with (the one a new entry would belong to), or null. */
    private static Key lastKey(List<String> lines) {
        Key last = null;
        for (String line : lines) {
            if (line.startsWith(SERVER + "\t") || line.equals(SERVER)) {
                last = key(line);
            }
        }
        return last;
    }

    /** The CMS and user whose entries this run reads and writes. */
    public Key key() {
        return key;
    }

    /** What an earlier run recorded about a file, or null. */
    public Entry get(String relativePath) {
        return entries.get(relativePath);
    }

    /** Records a file's outcome and writes it through at once, so a crash right after loses nothing. */
    public void record(String relativePath, String sha256, ImportClient.Outcome outcome) throws CommandException {
        Entry entry = new Entry(sha256, outcome.status(), outcome.articleId() == null ? "" : outcome.articleId(),
                outcome.error() == null ? "" : outcome.error());
        String line = line(relativePath, entry);
        try {
            write(line);
        } catch (IOException e) {
            throw CommandException.fatal("Cannot write the state file " + file + ": " + e.getMessage(), e);
        }
        entries.put(relativePath, entry);
    }

    /** One line of the state file, with its newline. */
    static String line(String relativePath, Entry entry) {
        StringBuilder line = new StringBuilder().append(escape(relativePath)).append('\t').append(entry.sha256())
                .append('\t').append(entry.status()).append('\t').append(entry.articleId());
        if (entry.status() == ImportClient.Status.FAILED && !entry.error().isEmpty()) {
            line.append('\t').append(escape(entry.error()));
        }
        return line.append('\n').toString();
    }

    /** The state file. */
    public Path file() {
        return file;
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    /** Backslash escapes for the characters that would break a line: {@code \\ \t \n \r}. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    private static boolean endsWithNewline(Path file, long size) throws IOException {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            read.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
