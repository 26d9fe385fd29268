package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.infrastructure.changes.PublicContentChanges;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleContent;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.article.RevisionRepository;
import org.newsroom.cms.core.domain.article.Slugs;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;
import org.newsroom.cms.core.domain.workflow.Decision;
import org.newsroom.cms.core.domain.workflow.Workflow;
import org.newsroom.cms.core.domain.workflow.WorkflowAction;
import org.newsroom.cms.core.infrastructure.html.BodySanitizer;

/**
 * The newsroom's article use cases: write, edit (each save a revision; autosaves fold into one open
 * revision), restore, move through the workflow, comment, list, read the trail. Every method is one
 * transaction; every change is checked against the {@link Workflow}, the edit lock and the version the caller
 * saw.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

    static final int MAX_COMMENT = 10_000;
    static final int MAX_PAGE_SIZE = 100;

    @Inject
    ArticleRepository articles;
    @Inject
    UserRepository users;
    @Inject
    AuditLog auditLog;
    @Inject
    RevisionRepository revisions;
    @Inject
    EditLockService editLocks;
    @Inject
    Publication publication;
    @Inject
    PluginEvents plugins;
    @Inject
    BodySanitizer sanitizer;
    @Inject
    DraftVisibility drafts;
    @Inject
    SectionService sections;
    @Inject
    NewsroomSettings settings;
    @Inject
    NotificationService notifications;
    @Inject
    ArticleThread thread;
    @Inject
    ArticleLists lists;
    @Inject
    WorkingCopy workingCopy;
    @Inject
    PublicChanges publicChanges;
    @Inject
    jakarta.enterprise.event.Event<EditorialEvent> editorialEvents;
    @Inject
    SearchIndexer search;
    @Inject
    PublicContentChanges publicContent;
    @Inject
    Clock clock;

    public Article create(Actor actor, ArticleInput input) {
        return create(actor, input, null);
    }

    /** Creates a draft; {@code auditComment} says where it came from (e.g. the wire file and its sign-off). */
    public Article create(Actor actor, ArticleInput input, String auditComment) {
        return create(actor, input, auditComment, java.util.Map.of());
    }

    /**
     * Creates a draft and, in the same transaction, hands each plugin its part of the request
     * ({@link PluginEvents#createdWith}): a part a plugin refuses rolls the whole create back.
     *
     * @param pluginParts by plugin id, each of the type that plugin's {@code CreateFields} reads
     */
    public Article create(Actor actor, ArticleInput input, String auditComment, java.util.Map<String, ?> pluginParts) {
        ArticleContent content = content(input);
        User author = users.find(actor.id()).orElseThrow(() -> new PermissionDeniedException("Unknown user."));
        String slug = input.slug() != null ? requireFreeSlug(input.slug()) : freeSlugFor(content.headline());
        Instant now = now();
        Article article = new Article(author, slug, content, now);
        article.embargoUntil(micros(input.embargoUntil()));
        // the first revision is recorded before the insert, so a new article starts at version 0
        Revision first = new Revision(article.getId(), 1, null, null, actor.id(), content, now);
        article.recordRevision(first);
        articles.add(article);
        revisions.add(first);
        auditLog.append(new AuditEvent(article.getId(), actor.id(), AuditEvent.Action.CREATED, null,
                ArticleStatus.DRAFT, auditComment, now));
        articles.flush();
        search.defer(article); // built once, below, not again for each plugin's dataChanged
        plugins.created(article);
        plugins.createdWith(article, pluginParts);
        search.index(article); // after the plugins' fields: their tags and bylines are in the document
        return article;
    }

    /** Whether another article already uses the slug. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean slugTaken(String slug) {
        return articles.slugExists(slug);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Article get(UUID id) {
        return articles.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The article as {@code viewer} may read it: 404, as if it did not exist, when the newsroom's
     * {@link DraftVisibility} policy hides it from them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Article read(Actor viewer, UUID id) {
        Article article = get(id);
        if (!drafts.maySee(viewer, article)) {
            throw notFound(id);
        }
        return article;
    }

    /**
     * Replaces the editorial fields, provided the caller saw the current version and nobody else holds
     * the edit lock. An explicit save: the caller's open revision (from autosaves) takes this content and is
     * closed; otherwise it makes a new revision. On a live article only the working copy changes.
     *
     * @param expectedVersion the version the caller edited (from {@code If-Match})
     */
    public Article update(Actor actor, UUID id, long expectedVersion, ArticleInput input) {
        return save(actor, id, expectedVersion, input, false);
    }

    /**
     * Saves like {@link #update}, as an autosave: if the latest revision is the caller's and still open, it is
     * overwritten in place; otherwise a new open revision is made. The version still advances on every
     * autosave (a new ETag), so a second tab editing the same article gets 412, never a silent overwrite.
     */
    public Article autosave(Actor actor, UUID id, long expectedVersion, ArticleInput input) {
        return save(actor, id, expectedVersion, input, true);
    }

    private Article save(Actor actor, UUID id, long expectedVersion, ArticleInput input, boolean autosave) {
        Article article = editable(actor, id, expectedVersion);
        ArticleContent content = content(input);
        // read before anything changes: a query after a change could flush it early, outside flushed()
        Revision latest = workingCopy.latest(article);
        if (input.slug() != null && !input.slug().equals(article.getSlug())) {
            if (article.isSlugFrozen()) {
                throw new ConflictException("The slug of a published article cannot change: readers and search "
                        + "engines link to /" + article.getSlug() + ". Leave \"slug\" out or send the current one.");
            }
            article.changeSlug(requireFreeSlug(input.slug()));
        } else if (input.slug() == null && !article.isSlugFrozen()
                && !Slugs.fromHeadline(content.headline()).equals(Slugs.fromHeadline(article.getHeadline()))) {
            article.changeSlug(freeSlugFor(content.headline()));
        }
        Instant now = now();
        changeEmbargo(actor, article, input.embargoUntil(), now);
        article.apply(content, now);
        workingCopy.save(article, latest, actor, content, now, autosave);
        flushed(article, expectedVersion);
        plugins.saved(article);
        search.saved(article);
        return article;
    }

    /** The validated content, with the newsroom's default language and a known section. */
    private ArticleContent content(ArticleInput input) {
        return ArticleInputValidator.validate(input, sanitizer, settings.defaultLanguage(), sections::problemWith);
    }

    /** Makes revision {@code number} the working copy again, as a new revision (history is never rewritten). */
    public Article restore(Actor actor, UUID id, int number, long expectedVersion) {
        Article article = editable(actor, id, expectedVersion);
        Revision old = revisions.find(id, number).orElseThrow(() -> new ResourceNotFoundException(
                "Article " + id + " has no revision " + number + "; it has 1 to " + article.getCurrentRevision() + "."));
        Revision latest = workingCopy.latest(article);
        Instant now = now();
        article.apply(old.content(), now);
        workingCopy.restore(article, latest, actor, old, now);
        auditLog.append(new AuditEvent(id, actor.id(), AuditEvent.Action.RESTORED, article.getStatus(),
                article.getStatus(), "Restored revision " + number + " as revision " + article.getCurrentRevision(),
                now));
        flushed(article, expectedVersion);
        search.saved(article);
        return article;
    }

    private Article editable(Actor actor, UUID id, long expectedVersion) {
        Article article = get(id);
        requireVersion(article, expectedVersion);
        if (!Workflow.mayEdit(actor.roles(), article.isAuthoredBy(actor.id()), article.getStatus())) {
            throw new PermissionDeniedException(editRefusal(actor, article));
        }
        editLocks.checkMaySave(actor, id);
        return article;
    }

    private void changeEmbargo(Actor actor, Article article, Instant requested, Instant now) {
        Instant until = micros(requested);
        if (java.util.Objects.equals(until, article.getEmbargoUntil())) {
            return;
        }
        if (until != null && until.isAfter(now) && article.isLive()) {
            throw new ConflictException("This article is already live; an embargo cannot hide it again. "
                    + "Unpublish it first if it must come down.");
        }
        article.embargoUntil(until);
        if (article.isLive()) { // an embargo lifted early: readers see the story now, lists included
            publicContent.articleChanged(article.getSlug());
        }
        auditLog.append(new AuditEvent(article.getId(), actor.id(), AuditEvent.Action.EMBARGO_CHANGED,
                article.getStatus(), article.getStatus(),
                until == null ? "Embargo lifted" : "Embargoed until " + until + " (UTC)", now));
    }

    /** Moves the article to {@code target} if the workflow allows this user to. */
    public Article transition(Actor actor, UUID id, ArticleStatus target, String comment, Long expectedVersion) {
        Article article = get(id);
        if (expectedVersion != null) {
            requireVersion(article, expectedVersion);
        }
        if (target == ArticleStatus.SCHEDULED) {
            throw ValidationException.of("to", "schedule with POST /api/articles/" + id
                    + "/schedule and {\"publishAt\": \"2026-12-01T06:00:00+07:00\"}.");
        }
        ArticleStatus from = article.getStatus();
        boolean owner = article.isAuthoredBy(actor.id());
        Decision decision = Workflow.decide(actor.roles(), owner, from, target);
        switch (decision.outcome()) {
            case NOT_FROM_CURRENT_STATE -> throw new TransitionNotAllowedException(from, target,
                    allowedTransitions(actor, article));
            case FORBIDDEN -> throw new PermissionDeniedException(transitionRefusal(actor, owner, from, target));
            case ALLOWED -> { }
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision.commentRequired() && note == null) {
            throw ValidationException.of("comment", Message.of(decision.action() == WorkflowAction.KILL
                    ? "comment.requiredToKill" : "comment.requiredToRequestChanges"));
        }
        if (note != null && note.length() > MAX_COMMENT) {
            throw ValidationException.of("comment", "is " + note.length() + " characters; the limit is " + MAX_COMMENT + ".");
        }
        plugins.check(article, target, actor.username(), note);
        PublicChange.Kind takenDown = takenDown(target);
        // read while still public: a killed article's plugin parts (its authors', tags' pages) are gone after
        Set<String> wasAt = takenDown == null ? Set.of() : publicChanges.addressesOf(article, takenDown);
        Instant now = now();
        if (target == ArticleStatus.PUBLISHED) {
            publication.publish(article, actor.id(), actor.username(), null, note, null, now); // tells the author, too
        } else {
            article.moveTo(target, now);
            auditLog.append(new AuditEvent(article.getId(), actor.id(), AuditEvent.Action.TRANSITION, from, target,
                    note, now));
        }
        if (note != null) { // the thread shows the whole conversation, change requests included
            thread.transitionComment(actor, article, note, target, now);
        }
        flushed(article, article.getVersion());
        if (target != ArticleStatus.PUBLISHED) { // publishing tells the author itself, on every path
            notifications.transitioned(article, from, actor.id(), note);
        }
        plugins.transitioned(article, from, target, actor.username(), note, false);
        search.transitioned(article); // publishing adds the live document, unpublishing and killing remove it
        if (target == ArticleStatus.UNPUBLISHED || target == ArticleStatus.KILLED) {
            editorialEvents.fire(new EditorialEvent(target == ArticleStatus.KILLED ? EditorialEvent.Kind.KILL
                    : EditorialEvent.Kind.UNPUBLISH, article.getId(), article.getSlug(), actor.username(),
                    article.getCurrentRevision(), null, now, null));
        }
        if (takenDown != null) {
            publicChanges.announce(takenDown, article, wasAt, Set.of());
            publicContent.articleChanged(article.getSlug()); // never served stale by the origin: dropped at commit
        }
        return article;
    }

    private static PublicChange.Kind takenDown(ArticleStatus target) {
        return switch (target) {
            case KILLED -> PublicChange.Kind.KILLED;
            case UNPUBLISHED -> PublicChange.Kind.UNPUBLISHED;
            default -> null;
        };
    }

    /**
     * Publishes the edited working copy of a live article with a public correction note (readers see it
     * next to the article); it stays PUBLISHED. Needs the version the editor saw: a stale one is a 412.
     */
    public Article correct(Actor actor, UUID id, String note, long expectedVersion) {
        return updateLive(actor, id, WorkflowAction.CORRECT, note, expectedVersion);
    }

    /** Publishes the edited working copy of a live article without a correction note (a developing story). */
    public Article republish(Actor actor, UUID id, String comment, long expectedVersion) {
        return updateLive(actor, id, WorkflowAction.REPUBLISH, comment, expectedVersion);
    }

    private Article updateLive(Actor actor, UUID id, WorkflowAction action, String text, long expectedVersion) {
        Article article = get(id);
        requireVersion(article, expectedVersion);
        boolean correction = action == WorkflowAction.CORRECT;
        Decision decision = Workflow.decideLiveUpdate(actor.roles(), article.isAuthoredBy(actor.id()),
                article.getStatus(), action);
        switch (decision.outcome()) {
            case NOT_FROM_CURRENT_STATE -> throw new ConflictException("Only a PUBLISHED article can be "
                    + (correction ? "corrected" : "republished") + "; this one is " + article.getStatus()
                    + (article.getStatus() == ArticleStatus.KILLED ? "." : ": publish it with a transition instead."));
            case FORBIDDEN -> throw new PermissionDeniedException("Only editors and admins "
                    + (correction ? "correct" : "republish") + " published articles.");
            case ALLOWED -> { }
        }
        String note = text == null || text.isBlank() ? null : text.strip();
        String field = correction ? "note" : "comment";
        if (correction && note == null) {
            throw ValidationException.of(field, "A correction note is required: readers see it next to the corrected article.");
        }
        if (note != null && note.length() > MAX_COMMENT) {
            throw ValidationException.of(field, "is " + note.length() + " characters; the limit is " + MAX_COMMENT + ".");
        }
        if (!correction && !article.hasUnpublishedChanges()) {
            throw new ConflictException("Nothing to republish: readers already see the latest revision. Save a change first.");
        }
        plugins.check(article, ArticleStatus.PUBLISHED, actor.username(), note);
        PublicChange.Kind kind = correction ? PublicChange.Kind.CORRECTED : PublicChange.Kind.REPUBLISHED;
        Set<String> wasAt = publicChanges.addressesOf(article, kind);
        publication.publish(article, actor.id(), actor.username(), null, note, correction ? note : null, now(),
                correction ? AuditEvent.Action.CORRECTED : AuditEvent.Action.REPUBLISHED);
        flushed(article, article.getVersion());
        plugins.transitioned(article, ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED, actor.username(), note, false);
        search.transitioned(article);
        publicChanges.announce(kind, article, wasAt, publicChanges.addressesOf(article, kind));
        return article;
    }

    /**
     * The states this user could move the article to now: never PUBLISHED while its embargo is in force
     * (on the CMS clock), since publishing would be refused.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleStatus> allowedTransitions(Actor actor, Article article) {
        return Workflow.allowedTargets(actor.roles(), article.isAuthoredBy(actor.id()), article.getStatus(),
                article.isEmbargoedAt(now()));
    }

    /** A comment on the article without changing its state. */
    public CommentEntry comment(Actor actor, UUID id, String body) {
        return thread.comment(actor, read(actor, id), body, now());
    }

    /**
     * The comment thread, oldest first: comments made on their own and those given with a transition (marked
     * with the state the article moved to), each once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommentEntry> comments(UUID id) {
        return thread.comments(get(id).getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> audit(UUID id) {
        return thread.audit(get(id).getId());
    }

    /**
     * Newsroom list, most recently changed first.
     *
     * @param authorUsername optional; an unknown name gives an empty page
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Article> list(ArticleStatus status, String authorUsername, int page, int size) {
        return list(null, status, authorUsername, page, size);
    }

    /**
     * Newsroom list as {@code viewer} may see it, most recently changed first.
     *
     * @param authorUsername optional; an unknown name gives an empty page
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Article> list(Actor viewer, ArticleStatus status, String authorUsername, int page, int size) {
        return list(viewer, new ArticleQuery(status == null ? null : Set.of(status), authorUsername, null, null, null,
                page, size));
    }

    /**
     * The newsroom list as {@code viewer} may see it (the {@link DraftVisibility} policy): filtered by states,
     * author, section and headline text, in the query's order.
     *
     * @param viewer null for everything
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Article> list(Actor viewer, ArticleQuery query) {
        return lists.list(viewer, query);
    }

    private Article flushed(Article article, long expectedVersion) {
        try {
            articles.flush();
        } catch (OptimisticLockException e) {
            // someone else committed between our read and our write
            throw new VersionConflictException(expectedVersion, expectedVersion + 1);
        }
        return article;
    }

    private static void requireVersion(Article article, long expectedVersion) {
        if (article.getVersion() != expectedVersion) {
            throw new VersionConflictException(expectedVersion, article.getVersion());
        }
    }

    private String requireFreeSlug(String slug) {
        if (articles.slugExists(slug)) {
            throw new ConflictException("The slug \"" + slug + "\" is already used by another article; choose another.");
        }
        return slug;
    }

    private String freeSlugFor(String headline) {
        String base = Slugs.fromHeadline(headline);
        for (int n = 1; ; n++) {
            String candidate = Slugs.withSuffix(base, n);
            if (!articles.slugExists(candidate)) {
                return candidate;
            }
        }
    }

    private static String editRefusal(Actor actor, Article article) {
        if (article.getStatus() == ArticleStatus.KILLED) {
            return "This article was killed; nobody can edit it.";
        }
        if (!article.isAuthoredBy(actor.id())) {
            return "Journalists can edit only their own articles; ask an editor to change this one.";
        }
        return "This article is " + article.getStatus() + ": journalists can edit it only while it is DRAFT or "
                + "CHANGES_REQUESTED. Ask an editor to return it to draft.";
    }

    private static Message transitionRefusal(Actor actor, boolean owner, ArticleStatus from, ArticleStatus to) {
        if (to == ArticleStatus.IN_REVIEW && !owner) {
            return Message.of("transition.ownOnly");
        }
        return Message.of("transition.leadsOnly", from.name(), to.name());
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException(Message.of("article.notFound", id.toString()));
    }

    private Instant now() {
        return micros(clock.instant());
    }

    /** PostgreSQL keeps microseconds; keep the same so what we return equals what we store. */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
