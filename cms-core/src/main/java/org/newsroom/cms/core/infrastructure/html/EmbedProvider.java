package org.newsroom.cms.core.infrastructure.html;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The providers whose posts and videos an article may embed: the allowlist. Each knows the hosts its post
 * addresses live on, how to read the post's id out of such an address, the strict shape of that id (ids go
 * into HTML attributes and URLs, so they are never free text: letters, digits and {@code _ - . /} only), and
 * the canonical address of a post. X and TikTok ids carry the author's handle ({@code handle/1234}), since
 * their post addresses need it.
 */
public enum EmbedProvider {

    YOUTUBE("youtube", "YouTube", Pattern.compile("[A-Za-z0-9_-]{11}"),
            Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com", "youtu.be",
                    "www.youtube-nocookie.com", "youtube-nocookie.com"),
            "https://www.youtube-nocookie.com") {
        private final Pattern path = Pattern.compile("/(?:shorts|embed|live)/([A-Za-z0-9_-]{11})/?");
        private final Pattern watchQuery = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");
        private final Pattern shortLink = Pattern.compile("/([A-Za-z0-9_-]{11})/?");

        @Override
        Optional<String> idFrom(String host, String path, String query) {
            if (host.equals("youtu.be")) {
                return group(shortLink, path);
            }
            if (path.equals("/watch") && query != null) {
                Matcher m = watchQuery.matcher(query);
                return m.find() ? Optional.of(m.group(1)) : Optional.empty();
            }
            return group(this.path, path);
        }

        @Override
        public String canonicalUrl(String id) {
            return "https://www.youtube.com/watch?v=" + id;
        }
    },

    X("x", "X", Pattern.compile("[A-Za-z0-9_]{1,15}/[0-9]{1,19}"),
            Set.of("x.com", "www.x.com", "mobile.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"),
            null) {
        private final Pattern path = Pattern.compile("/([A-Za-z0-9_]{1,15})/status(?:es)?/([0-9]{1,19})(?:/.*)?");

        @Override
        Optional<String> idFrom(String host, String path, String query) {
            Matcher m = this.path.matcher(path);
            return m.matches() ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
        }

        @Override
        public String canonicalUrl(String id) {
            int slash = id.indexOf('/');
            return "https://x.com/" + id.substring(0, slash) + "/status/" + id.substring(slash + 1);
        }
    },

    INSTAGRAM("instagram", "Instagram", Pattern.compile("[A-Za-z0-9_-]{5,40}"),
            Set.of("instagram.com", "www.instagram.com"), null) {
        private final Pattern path = Pattern.compile("(?:/[A-Za-z0-9_.]{1,30})?/(?:p|reel|reels|tv)/([A-Za-z0-9_-]{5,40})/?");

        @Override
        Optional<String> idFrom(String host, String path, String query) {
            return group(this.path, path);
        }

        @Override
        public String canonicalUrl(String id) {
            // /p/ also answers for reels: one address shape for every post
            return "https://www.instagram.com/p/" + id + "/";
        }
    },

    TIKTOK("tiktok", "TikTok", Pattern.compile("[A-Za-z0-9_.]{1,24}/[0-9]{1,20}"),
            Set.of("tiktok.com", "www.tiktok.com", "m.tiktok.com"), null) {
        private final Pattern path = Pattern.compile("/@([A-Za-z0-9_.]{1,24})/video/([0-9]{1,20})/?");

        @Override
        Optional<String> idFrom(String host, String path, String query) {
            Matcher m = this.path.matcher(path);
            return m.matches() ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
        }

        @Override
        public String canonicalUrl(String id) {
            int slash = id.indexOf('/');
            return "https://www.tiktok.com/@" + id.substring(0, slash) + "/video/" + id.substring(slash + 1);
        }
    };

    private final String key;
    private final String displayName;
    private final Pattern idPattern;
    private final Set<String> hosts;
    private final String frameOrigin;

    EmbedProvider(String key, String displayName, Pattern idPattern, Set<String> hosts, String frameOrigin) {
        this.key = key;
        this.displayName = displayName;
        this.idPattern = idPattern;
        this.hosts = hosts;
        this.frameOrigin = frameOrigin;
    }

    /** The post's id from an address on one of {@link #hosts()} (host lower-cased), if it names a post. */
    abstract Optional<String> idFrom(String host, String path, String query);

    /** The post's own address, the one links point readers to. */
    public abstract String canonicalUrl(String id);

    /** The stored name, {@code data-embed="…"}. */
    public String key() {
        return key;
    }

    /** The provider's name as readers know it. */
    public String displayName() {
        return displayName;
    }

    /** Whether {@code id} has exactly the shape of this provider's ids. */
    public boolean isValidId(String id) {
        return id != null && idPattern.matcher(id).matches();
    }

    /** The hosts whose addresses may name a post of this provider. */
    public Set<String> hosts() {
        return hosts;
    }

    /** The origin the site frames for this provider's player; empty for providers shown as a quote and link. */
    public Optional<String> frameOrigin() {
        return Optional.ofNullable(frameOrigin);
    }

    /** The provider stored as {@code key} (exactly, lower case), if it is on the allowlist. */
    public static Optional<EmbedProvider> byKey(String key) {
        for (EmbedProvider p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The provider whose hosts include {@code host} (any case). */
    static Optional<EmbedProvider> byHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (EmbedProvider p : values()) {
            if (p.hosts.contains(h)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every host of every provider: what the editor's script checks a pasted address against. */
    public static List<String> allHosts() {
        return java.util.Arrays.stream(values()).flatMap(p -> p.hosts.stream()).sorted().toList();
    }

    private static Optional<String> group(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
