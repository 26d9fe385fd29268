package org.newsroom.cms.web.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who the client is and whether it came over TLS, believing {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} only from the reverse proxies listed in {@code CMS_TRUSTED_PROXIES}
 * (comma-separated IP addresses and CIDR ranges, e.g. {@code 10.0.0.5, 192.168.10.0/24, fd00::/8};
 * default none: the TCP peer is the client and the headers are ignored). Anyone can send those headers;
 * only a proxy we run overwrites them truthfully.
 * <p>
 * The client address is the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy.
 * IPv6 clients are keyed by their /64 prefix, the block one subscriber usually gets. Only IP literals
 * are read: nothing is ever looked up in DNS.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    /** An address range: the first {@code bits} bits of {@code network}. */
    record Range(byte[] network, int bits) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }

    private List<Range> trusted = List.of();

    @PostConstruct
    void configure() {
        String configured = System.getProperty("cms.trusted-proxies", System.getenv("CMS_TRUSTED_PROXIES"));
        trusted = parse(configured, bad -> LOG.severe(() -> "CMS_TRUSTED_PROXIES: \"" + bad
                + "\" is not an IP address or CIDR range (e.g. 10.0.0.5 or 10.0.0.0/8); ignored"));
        if (!trusted.isEmpty()) {
            LOG.info(() -> "Trusting X-Forwarded-For and X-Forwarded-Proto from " + configured.strip());
        }
    }

    /** For tests: trusting exactly these ranges. */
    static TrustedProxies of(String spec) {
        TrustedProxies proxies = new TrustedProxies();
        proxies.trusted = parse(spec, bad -> {
            throw new IllegalArgumentException(bad);
        });
        return proxies;
    }

    static List<Range> parse(String spec, java.util.function.Consumer<String> onBad) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            InetAddress network = literal(slash < 0 ? e : e.substring(0, slash));
            int max = network instanceof Inet4Address ? 32 : 128;
            int bits = max;
            if (network != null && slash >= 0) {
                try {
                    bits = Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException nfe) {
                    bits = -1;
                }
            }
            if (network == null || bits < 0 || bits > max) {
                onBad.accept(e);
            } else {
                ranges.add(new Range(network.getAddress(), bits));
            }
        }
        return Collections.unmodifiableList(ranges);
    }

    /** The client's address as throttling keys it (see the class comment). */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String clientAddress(String peer, List<String> forwardedFor) {
        InetAddress client = literal(peer);
        if (client != null && isTrusted(client) && forwardedFor != null && !forwardedFor.isEmpty()) {
            List<String> hops = new ArrayList<>();
            for (String header : forwardedFor) {
                for (String hop : header.split(",")) {
                    hops.add(hop);
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                InetAddress hop = literal(hops.get(i));
                if (hop == null) {
                    break; // not an address: what lies further left cannot be trusted either
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return client == null ? (peer == null ? "unknown" : peer) : key(client);
    }

    /** Whether the client's connection was TLS: to us, or to a trusted proxy that says so. */
    public boolean overTls(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        return forwardedHttps(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    boolean forwardedHttps(String peer, String forwardedProto) {
        InetAddress address = literal(peer);
        if (address == null || !isTrusted(address) || forwardedProto == null) {
            return false;
        }
        // a chain of proxies may list several; the first is what the client used
        return forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }

    boolean isTrusted(InetAddress address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** IPv4 as is; IPv6 as its /64 prefix ({@code 2001:db8:1:2::/64}). */
    static String key(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            sb.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
        }
        return sb.append(":/64").toString();
    }

    /**
     * An IP literal (IPv4, IPv6, bracketed IPv6, either with a port, IPv6 with a zone), or null for anything
     * else. Never a DNS lookup: only strings made of address characters reach {@link InetAddress}.
     */
    static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return null;
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.indexOf('.') > 0) {
            s = s.substring(0, s.indexOf(':')); // 203.0.113.7:51234
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        var v4 = IPV4.matcher(s);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return null;
                }
                bytes[i] = (byte) octet;
            }
            try {
                return InetAddress.getByAddress(bytes);
            } catch (UnknownHostException e) {
                return null;
            }
        }
        if (s.indexOf(':') < 0 || s.length() > 45 || !IPV6_CHARS.matcher(s).matches()) {
            return null;
        }
        try {
            // an IPv6 literal: Java parses it without any lookup (and maps ::ffff:a.b.c.d to IPv4)
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
