package org.newsroom.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies NONE = TrustedProxies.of(null);
    private static final TrustedProxies PROXIES = TrustedProxies.of(" 10.0.0.5, 192.168.10.0/24 ,fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeadersAreIgnored() {
        assertThat(NONE.clientAddress("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("10.0.0.5");
        assertThat(NONE.forwardedHttps("10.0.0.5", "https")).isFalse();
    }

    @Test
    void anUntrustedPeerCannotClaimAnotherAddress() {
        assertThat(PROXIES.clientAddress("198.51.100.20", List.of("203.0.113.7"))).isEqualTo("198.51.100.20");
        assertThat(PROXIES.forwardedHttps("198.51.100.20", "https")).isFalse();
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(PROXIES.forwardedHttps("10.0.0.5", "https")).isTrue();
        assertThat(PROXIES.forwardedHttps("10.0.0.5", "HTTPS, http")).isTrue();
        assertThat(PROXIES.forwardedHttps("10.0.0.5", "http")).isFalse();
        assertThat(PROXIES.forwardedHttps("10.0.0.5", null)).isFalse();
    }

    @Test
    void theClientIsTheRightMostHopThatIsNotATrustedProxy() {
        // the client forged the first entry; our proxies appended the rest
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("1.2.3.4, 203.0.113.7, 192.168.10.9")))
                .isEqualTo("203.0.113.7");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("1.2.3.4", "203.0.113.7", "192.168.10.9")))
                .as("several header lines").isEqualTo("203.0.113.7");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("192.168.10.8, 192.168.10.9")))
                .as("only proxies: the left-most").isEqualTo("192.168.10.8");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("1.2.3.4, not-an-address, 203.0.113.7")))
                .isEqualTo("203.0.113.7");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("203.0.113.7, <script>")))
                .as("garbage stops the walk at the last good hop").isEqualTo("10.0.0.5");
    }

    @Test
    void addressFormsAreNormalised() {
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("[2001:db8:aa:bb:1:2:3:4]:443")))
                .isEqualTo("2001:db8:aa:bb::/64");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("2001:DB8:aa:bb::99")))
                .as("one /64, one client").isEqualTo("2001:db8:aa:bb::/64");
        assertThat(PROXIES.clientAddress("10.0.0.5", List.of("::ffff:203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(PROXIES.clientAddress("fd00::1", List.of("203.0.113.7"))).as("IPv6 proxy range")
                .isEqualTo("203.0.113.7");
        assertThat(PROXIES.clientAddress("192.168.11.1", List.of("203.0.113.7"))).as("outside the /24")
                .isEqualTo("192.168.11.1");
    }

    @Test
    void onlyLiteralsAreRead() {
        for (String notAnAddress : List.of("localhost", "beef", "example.org", "256.1.1.1", "1.2.3", "1:2",
                "", "[::1", "1.2.3.4.5", "::1/64")) {
            assertThat(TrustedProxies.literal(notAnAddress)).as(notAnAddress).isNull();
        }
        assertThat(TrustedProxies.literal("fe80::1%eth0")).isNotNull();
    }

    @Test
    void aBadSettingIsReported() {
        List<String> bad = new ArrayList<>();
        assertThat(TrustedProxies.parse("10.0.0.0/8, proxy.internal, 10.0.0.0/33, 127.0.0.1", bad::add)).hasSize(2);
        assertThat(bad).containsExactly("proxy.internal", "10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.of("nonsense")).isInstanceOf(IllegalArgumentException.class);
    }
}
