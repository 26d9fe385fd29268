package org.newsroom.cms.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

class BodiesTest {

    record Item(@NotBlank String name) {
    }

    record Body(@NotBlank @Size(max = 5) String title, List<@NotNull @Valid Item> items) {
    }

    @Test
    void aValidBodyPassesThrough() {
        Body body = new Body("ok", List.of(new Item("a")));
        assertThat(Bodies.valid(body)).isSameAs(body);
    }

    @Test
    void aMissingBodyIs400() {
        assertThatThrownBy(() -> Bodies.valid(null)).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void everyBadFieldIsNamedAsInTheJson() {
        java.util.List<Item> items = new java.util.ArrayList<>();
        items.add(new Item("fine"));
        items.add(new Item(" "));
        items.add(null);
        assertThatThrownBy(() -> Bodies.valid(new Body("far too long", items)))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("items[1].name", "items[2]", "title");
                });
    }

    @Test
    void cursorsRoundTripAndJunkIs400() {
        Cursor c = new Cursor(java.time.Instant.parse("2026-12-01T06:00:00.123456Z"), java.util.UUID.randomUUID());
        assertThat(Cursor.decode("after", c.encode())).contains(c);
        assertThat(Cursor.decode("after", " ")).isEmpty();
        assertThatThrownBy(() -> Cursor.decode("after", "garbage")).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("after"));
        String farFuture = new Cursor(java.time.Instant.parse("+294277-01-01T00:00:00Z"), c.id()).encode();
        assertThatThrownBy(() -> Cursor.decode("after", farFuture)).isInstanceOfSatisfying(PluginException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void bodyTextIsOneLinePerBlockWithEntitiesDecoded() {
        ArticleSnapshot a = new ArticleSnapshot(java.util.UUID.randomUUID(), "s", "h", null,
                "<p>Tom &amp; <b>Jerry</b></p><h2>Next</h2><p>  </p><ul><li>x</li></ul>", null, null, "en", null,
                WorkflowState.DRAFT, "j", 1, false, null, null);
        assertThat(a.bodyText()).isEqualTo("Tom & Jerry\nNext\nx");
    }
}
