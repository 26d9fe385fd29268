package org.newsroom.cms.core.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.audit.AuditDetails;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditEvent.SubjectType;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.audit.AuditQuery;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * The one audit trail across articles, users and plugins: recording the events of user and plugin
 * administration (in the caller's transaction), and the admins' filtered, newest-first view of it with
 * keyset paging. Article events are written by the article services as before.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    /** The actor of events no signed-in user did (plugins' events outside a request). */
    public static final String SYSTEM = AuditEvent.SYSTEM;
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;
    private static final Pattern TYPE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,39}$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
    private static final String CURSOR_PREFIX = "audit.";
    private static final Instant FIRST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    /**
     * One event as admins read it.
     *
     * @param actor       the username, or {@value #SYSTEM}
     * @param performedBy "system" when the system acted on the actor's behalf (scheduled publishing)
     * @param articleId   and {@code headline}: for article events
     * @param pluginId    the plugin that recorded the event itself; null for the core's events
     */
    public record AuditItem(long id, Instant at, String actor, String performedBy, String type,
                            SubjectType subjectType, String subject, UUID articleId, String headline,
                            String pluginId, Map<String, Object> details, ArticleStatus from, ArticleStatus to,
                            String comment) {
    }

    /** A page of events, newest first; {@code next} is the cursor of the following page, null on the last. */
    public record AuditPage(List<AuditItem> items, String next) {
    }

    /**
     * The filters as clients send them (each may be null or blank).
     *
     * @param actor a username, or {@value #SYSTEM}
     * @param type  comma-separated subject types (ARTICLE, USER, PLUGIN) and event types (TRANSITION,
     *              USER_CREATED, PLUGIN_CONFIGURED, a plugin's own types…); an event matching any is kept
     * @param from  an ISO-8601 instant with offset, or a date (the day's start in the newsroom's time zone)
     * @param to    the same; a date includes that whole day
     * @param after the {@code next} cursor of the previous page
     * @param limit 1–{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}
     */
    public record AuditFilter(String actor, String type, String from, String to, String after, Integer limit) {
    }

    @Inject
    AuditLog log;
    @Inject
    UserRepository users;
    @Inject
    NewsroomSettings settings;
    @Inject
    Clock clock;

    /** The details of a change, old before new (as people read them); either may be null. */
    public static Map<String, Object> change(Object oldValue, Object newValue) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("old", oldValue);
        out.put("new", newValue);
        return out;
    }

    /** Records an event about the account {@code username} by {@code actor} (an admin, or the user). */
    public void user(Actor actor, AuditEvent.Action action, String username, Map<String, ?> details) {
        log.append(AuditEvent.aboutUser(username, actor.id(), action, AuditDetails.toJson(details), now()));
    }

    /** Records an admin's change to a plugin. */
    public void plugin(Actor admin, AuditEvent.Action action, String pluginId, Map<String, ?> details) {
        log.append(AuditEvent.aboutPlugin(pluginId, admin.id(), action, AuditDetails.toJson(details), now()));
    }

    /** The events that match, newest first. 400 ({@link MalformedInputException}) naming a bad parameter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage search(AuditFilter filter) {
        int limit = filter.limit() == null ? DEFAULT_LIMIT : filter.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new MalformedInputException("limit", "\"limit\" must be between 1 and " + MAX_LIMIT + ".");
        }
        Set<UUID> actorIds = null;
        boolean system = false;
        String actor = blankToNull(filter.actor());
        if (actor != null) {
            if (!actor.equals(SYSTEM) && !USERNAME.matcher(actor).matches()) {
                throw new MalformedInputException("actor", "\"actor\" is not a username; give one such as "
                        + "\"hermansyah\", or \"system\".");
            }
            system = actor.equals(SYSTEM);
            actorIds = users.findByUsername(actor).map(u -> Set.of(u.getId())).orElse(Set.of());
        }
        Set<SubjectType> subjectTypes = new HashSet<>();
        Set<String> types = new LinkedHashSet<>();
        String type = blankToNull(filter.type());
        if (type != null) {
            for (String one : type.split(",", -1)) {
                String t = one.strip();
                if (!TYPE.matcher(t).matches()) {
                    throw new MalformedInputException("type", "\"type\" takes subject types (ARTICLE, USER, PLUGIN) "
                            + "or event types such as TRANSITION or USER_CREATED, separated by commas.");
                }
                String upper = t.toUpperCase(Locale.ROOT);
                try {
                    subjectTypes.add(SubjectType.valueOf(upper));
                } catch (IllegalArgumentException notASubjectType) {
                    types.add(upper);
                }
            }
        }
        Instant from = time("from", filter.from(), false);
        Instant to = time("to", filter.to(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new MalformedInputException("to", "\"to\" must be later than \"from\".");
        }
        Long after = cursor(filter.after());
        List<AuditEvent> events = log.search(new AuditQuery(actorIds, system, subjectTypes, types, null, null, from, to,
                after, true, limit + 1));
        boolean more = events.size() > limit;
        List<AuditEvent> page = more ? events.subList(0, limit) : events;
        List<AuditItem> items = items(page);
        return new AuditPage(items, more ? encode(page.get(page.size() - 1).getId()) : null);
    }

    /** Events as admins read them (usernames and headlines looked up once per page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditItem> items(List<AuditEvent> events) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, String> headlines = log.headlines(events.stream().map(AuditEvent::getArticleId)
                .filter(Objects::nonNull).distinct().toList());
        return events.stream().map(e -> new AuditItem(e.getId(), e.getOccurredAt(), username(names, e.getActorId()),
                e.getPerformedBy(), e.getType(), e.getSubjectType(), e.getSubject(), e.getArticleId(),
                e.getArticleId() == null ? null : headlines.get(e.getArticleId()), e.getPluginId(),
                AuditDetails.fromJson(e.getDetails()), e.getFromStatus(), e.getToStatus(), e.getComment())).toList();
    }

    private String username(Map<UUID, String> names, UUID id) {
        return id == null ? SYSTEM
                : names.computeIfAbsent(id, u -> users.find(u).map(User::getUsername).orElse("unknown"));
    }

    private Instant time(String field, String value, boolean endOfDay) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        Instant instant;
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay(settings.timeZone()).toInstant();
            } else {
                instant = OffsetDateTime.parse(v).toInstant();
            }
        } catch (DateTimeException e) {
            throw new MalformedInputException(field, "\"" + field + "\" must be an ISO-8601 date (2026-12-01) or "
                    + "a time with an offset (2026-12-01T06:00:00+07:00).");
        }
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER_LAST)) {
            throw new MalformedInputException(field, "\"" + field + "\" must lie in the years 1900 to 9999.");
        }
        return instant;
    }

    private static Long cursor(String token) {
        String t = blankToNull(token);
        if (t == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(t), StandardCharsets.US_ASCII);
            if (raw.startsWith(CURSOR_PREFIX)) {
                long id = Long.parseLong(raw.substring(CURSOR_PREFIX.length()));
                if (id > 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: refused below
        }
        throw new MalformedInputException("after", "\"after\" is not a cursor this API gave out: pass the \"next\" "
                + "value of the previous page unchanged, or leave it out for the first page.");
    }

    private static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + id).getBytes(StandardCharsets.US_ASCII));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
