package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.audit.AuditQuery;
import org.newsroom.cms.core.domain.audit.EditorialComment;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/** The audit view's filters as clients send them: what each becomes in the query, and what is refused. */
class AuditServiceTest {

    private final List<AuditQuery> asked = new ArrayList<>();
    private final User ann = new User("ann", "Ann", "x", Set.of(Role.ADMIN), Instant.EPOCH);
    private AuditService service;

    @BeforeEach
    void init() {
        service = new AuditService();
        service.settings = new NewsroomSettings("id", ZoneId.of("Asia/Jakarta"));
        service.clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        service.users = new UserRepository() {
            @Override
            public Optional<User> find(UUID id) {
                return id.equals(ann.getId()) ? Optional.of(ann) : Optional.empty();
            }

            @Override
            public Optional<User> findByUsername(String username) {
                return username.equals("ann") ? Optional.of(ann) : Optional.empty();
            }

            @Override
            public List<User> findAll() {
                return List.of(ann);
            }

            @Override
            public void add(User user) {
            }
        };
        service.log = new AuditLog() {
            @Override
            public void append(AuditEvent event) {
            }

            @Override
            public List<AuditEvent> eventsOf(UUID articleId) {
                return List.of();
            }

            @Override
            public List<AuditEvent> search(AuditQuery query) {
                asked.add(query);
                List<AuditEvent> events = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    AuditEvent e = AuditEvent.aboutUser("bob", ann.getId(), AuditEvent.Action.USER_CREATED, null,
                            Instant.EPOCH);
                    try { // the database gives ids; here: 30, 29, 28
                        java.lang.reflect.Field id = AuditEvent.class.getDeclaredField("id");
                        id.setAccessible(true);
                        id.set(e, 30L - i);
                    } catch (ReflectiveOperationException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                    events.add(e);
                }
                return events;
            }

            @Override
            public Map<UUID, String> headlines(Collection<UUID> articleIds) {
                return Map.of();
            }

            @Override
            public void append(EditorialComment comment) {
            }

            @Override
            public List<EditorialComment> commentsOn(UUID articleId) {
                return List.of();
            }
        };
    }

    private AuditQuery ask(String actor, String type, String from, String to, Integer limit) {
        service.search(new AuditService.AuditFilter(actor, type, from, to, null, limit));
        return asked.get(asked.size() - 1);
    }

    @Test
    void filtersBecomeOneQueryNewestFirstWithOneRowMoreThanThePage() {
        AuditQuery q = ask("ann", "user, transition,PLUGIN_CONFIGURED", "2026-12-01", "2026-12-01", 2);
        assertThat(q.actorIds()).containsExactly(ann.getId());
        assertThat(q.systemActor()).isFalse();
        assertThat(q.subjectTypes()).containsExactly(AuditEvent.SubjectType.USER);
        assertThat(q.types()).containsExactlyInAnyOrder("TRANSITION", "PLUGIN_CONFIGURED");
        // dates are days in the newsroom's zone; "to" takes the whole day
        assertThat(q.from()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(q.newestFirst()).isTrue();
        assertThat(q.limit()).as("one more, to know whether there is a next page").isEqualTo(3);

        AuditQuery nobody = ask("nobody", null, null, null, null);
        assertThat(nobody.actorIds()).as("a name nobody has matches nothing").isEmpty();
        assertThat(nobody.limit()).isEqualTo(AuditService.DEFAULT_LIMIT + 1);
        assertThat(ask("system", null, "2026-12-01T06:00:00+07:00", null, null).systemActor()).isTrue();
        assertThat(asked.get(asked.size() - 1).from()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    }

    @Test
    void theNextCursorLeadsOnAndOnlyCursorsWeGaveOutAreRead() {
        AuditService.AuditPage page = service.search(new AuditService.AuditFilter(null, null, null, null, null, 2));
        assertThat(page.items()).hasSize(2);
        assertThat(page.items().get(0).actor()).isEqualTo("ann");
        assertThat(page.next()).isNotBlank();
        service.search(new AuditService.AuditFilter(null, null, null, null, page.next(), 2));
        assertThat(asked.get(asked.size() - 1).afterId()).as("after the last item shown").isEqualTo(29L);
        for (String bad : List.of("garbage", "YXVkaXQuLTU", "eHl6LjU", "%%%")) {
            MalformedInputException e = catchThrowableOfType(MalformedInputException.class,
                    () -> service.search(new AuditService.AuditFilter(null, null, null, null, bad, null)));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.field()).isEqualTo("after");
        }
        service.search(new AuditService.AuditFilter(null, null, null, null, "YXVkaXQuNDI", null)); // "audit.42"
        assertThat(asked.get(asked.size() - 1).afterId()).isEqualTo(42L);
    }

    @Test
    void badValuesNameTheirParameter() {
        Map<String, AuditService.AuditFilter> bad = Map.of(
                "actor", new AuditService.AuditFilter("Ann Smith", null, null, null, null, null),
                "type", new AuditService.AuditFilter(null, "USER,,", null, null, null, null),
                "from", new AuditService.AuditFilter(null, null, "2026-13-01", null, null, null),
                "to", new AuditService.AuditFilter(null, null, "2026-12-02", "2026-12-01T00:00:00", null, null),
                "limit", new AuditService.AuditFilter(null, null, null, null, null, 0));
        bad.forEach((field, filter) -> {
            MalformedInputException e = catchThrowableOfType(MalformedInputException.class,
                    () -> service.search(filter));
            assertThat(e).as(field).isNotNull();
            assertThat(e.field()).isEqualTo(field);
        });
        MalformedInputException order = catchThrowableOfType(MalformedInputException.class, () -> service.search(
                new AuditService.AuditFilter(null, null, "2026-12-02", "2026-12-01", null, null)));
        assertThat(order.field()).isEqualTo("to");
        MalformedInputException year = catchThrowableOfType(MalformedInputException.class, () -> service.search(
                new AuditService.AuditFilter(null, null, "1850-01-01", null, null, null)));
        assertThat(year.field()).isEqualTo("from");
    }
}
