package org.newsroom.cms.web.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, the browser goes back only to a newsroom page of this site, never elsewhere. */
class LoginServletTest {

    @Test
    void nextIsANewsroomPathOrTheDashboard() {
        assertThat(LoginServlet.next("/newsroom/articles/1?x=2")).isEqualTo("/newsroom/articles/1?x=2");
        assertThat(LoginServlet.next(null)).isEqualTo("/newsroom/");
        assertThat(LoginServlet.next("https://evil.example/newsroom/")).isEqualTo("/newsroom/");
        assertThat(LoginServlet.next("//evil.example/newsroom")).isEqualTo("/newsroom/");
        assertThat(LoginServlet.next("/newsroom\\@evil.example")).isEqualTo("/newsroom/");
        assertThat(LoginServlet.next("/newsroom/login?next=/newsroom/")).isEqualTo("/newsroom/");
        assertThat(LoginServlet.next("/newsroom/\r\nSet-Cookie: x")).isEqualTo("/newsroom/");
        assertThat(LoginServlet.next("/api/articles")).isEqualTo("/newsroom/");
    }
}
