package org.newsroom.cms.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class CmsAuthenticationMechanismTest {

    private static String basic(byte[] raw) {
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void readsUtf8Credentials() {
        assertThat(CmsAuthenticationMechanism.decode(basic("rédaktur:p:ss wörd".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("rédaktur", "p:ss wörd");
    }

    @Test
    void refusesNulBytesUtf16AndBrokenUtf8() {
        assertThat(CmsAuthenticationMechanism.decode(basic("adm\0in:x".getBytes(StandardCharsets.UTF_8)))).isNull();
        assertThat(CmsAuthenticationMechanism.decode(basic("admin:x".getBytes(StandardCharsets.UTF_16)))).isNull();
        assertThat(CmsAuthenticationMechanism.decode(basic("admin:x".getBytes(StandardCharsets.UTF_16LE)))).isNull();
        assertThat(CmsAuthenticationMechanism.decode(basic(new byte[] {'a', ':', (byte) 0xC3}))).isNull();
        assertThat(CmsAuthenticationMechanism.decode("not base64!")).isNull();
        assertThat(CmsAuthenticationMechanism.decode(basic(":nouser".getBytes(StandardCharsets.UTF_8)))).isNull();
    }
}
