package org.newsroom.cms.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.EditLock;
import org.newsroom.cms.core.domain.article.EditLockRepository;
import org.newsroom.cms.core.domain.audit.AuditEvent;
import org.newsroom.cms.core.domain.audit.AuditLog;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;
import org.newsroom.cms.core.domain.workflow.Workflow;

/**
 * Edit locks: take, refresh (heartbeat), release, take over. Advisory and time-limited: a lock expires
 * after {@code CMS_LOCK_IDLE_SECONDS} (default 300) without a heartbeat or save, and expired locks are
 * ignored. Optimistic locking ({@code If-Match}) applies regardless.
 */
@ApplicationScoped
@Transactional
public class EditLockService {

    static final long DEFAULT_IDLE_SECONDS = 300;

    @Inject
    EditLockRepository locks;
    @Inject
    ArticleRepository articles;
    @Inject
    UserRepository users;
    @Inject
    AuditLog auditLog;
    @Inject
    Clock clock;

    private Duration idle;

    @PostConstruct
    void configure() {
        String configured = System.getProperty("cms.lock.idle-seconds", System.getenv("CMS_LOCK_IDLE_SECONDS"));
        idle = Duration.ofSeconds(configured == null || configured.isBlank() ? DEFAULT_IDLE_SECONDS
                : Long.parseLong(configured.strip()));
    }

    /**
     * Takes the lock, or refreshes it if the caller holds it already.
     *
     * @param takeOver editors and admins may take a lock someone else holds (audited)
     */
    public LockInfo take(Actor actor, UUID articleId, boolean takeOver) {
        Article article = articles.findForUpdate(articleId)
                .orElseThrow(() -> new ResourceNotFoundException("No article with id " + articleId + "."));
        if (!Workflow.mayEdit(actor.roles(), article.isAuthoredBy(actor.id()), article.getStatus())) {
            throw new PermissionDeniedException("You cannot edit this article, so you cannot lock it.");
        }
        Instant now = now();
        Optional<EditLock> existing = locks.find(articleId);
        if (existing.isEmpty()) {
            EditLock lock = new EditLock(articleId, actor.id(), now, idle);
            locks.add(lock);
            return info(lock);
        }
        EditLock lock = existing.get();
        if (lock.isHeldBy(actor.id(), now)) {
            lock.refresh(now, idle);
        } else if (!lock.isActive(now)) {
            lock.grant(actor.id(), now, idle);
        } else if (!takeOver) {
            throw new ArticleLockedException(name(lock.getHolderId()), lock.getExpiresAt());
        } else if (!actor.has(Role.EDITOR) && !actor.has(Role.ADMIN)) {
            throw new PermissionDeniedException("Only an editor or admin can take over an edit lock.");
        } else {
            String previous = name(lock.getHolderId());
            lock.takeOver(actor.id(), now, idle);
            auditLog.append(new AuditEvent(articleId, actor.id(), AuditEvent.Action.LOCK_TAKEN_OVER, null, null,
                    "Took over the edit lock from " + previous, now));
        }
        return info(lock);
    }

    /** Keeps the caller's lock alive. */
    public LockInfo heartbeat(Actor actor, UUID articleId) {
        Instant now = now();
        EditLock lock = locks.findForUpdate(articleId).orElseThrow(() -> notHeld());
        if (lock.wasTakenFrom(actor.id(), now)) {
            throw new ConflictException(takenOverMessage(lock));
        }
        if (!lock.isHeldBy(actor.id(), now)) {
            throw notHeld();
        }
        lock.refresh(now, idle);
        return info(lock);
    }

    /** Releases the caller's lock; releasing a lock you do not hold is refused unless it has expired. */
    public void release(Actor actor, UUID articleId) {
        Instant now = now();
        Optional<EditLock> lock = locks.findForUpdate(articleId);
        if (lock.isEmpty()) {
            return;
        }
        if (lock.get().isActive(now) && !lock.get().getHolderId().equals(actor.id())) {
            throw new ConflictException(name(lock.get().getHolderId()) + " holds this lock; only they can release it "
                    + "(an editor can take it over).");
        }
        locks.remove(lock.get());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LockInfo> current(UUID articleId) {
        Instant now = now();
        return locks.find(articleId).filter(l -> l.isActive(now)).map(this::info);
    }

    /**
     * Refuses a save while someone else holds the lock: 409 for the one whose lock was taken over (so they
     * learn why), 423 for everyone else. A save by the holder refreshes the lock.
     */
    void checkMaySave(Actor actor, UUID articleId) {
        Instant now = now();
        Optional<EditLock> found = locks.find(articleId);
        if (found.isEmpty() || !found.get().isActive(now)) {
            return;
        }
        EditLock lock = found.get();
        if (lock.isHeldBy(actor.id(), now)) {
            lock.refresh(now, idle);
        } else if (lock.wasTakenFrom(actor.id(), now)) {
            throw new ConflictException(takenOverMessage(lock));
        } else {
            throw new ArticleLockedException(name(lock.getHolderId()), lock.getExpiresAt());
        }
    }

    private String takenOverMessage(EditLock lock) {
        return name(lock.getHolderId()) + " took over your edit lock at " + lock.getTakenOverAt()
                + " (UTC). Your changes were not saved: copy them, reload the article and talk to "
                + name(lock.getHolderId()) + ".";
    }

    private static ConflictException notHeld() {
        return new ConflictException("You do not hold the edit lock on this article; take it with POST …/lock.");
    }

    private LockInfo info(EditLock lock) {
        return new LockInfo(name(lock.getHolderId()), lock.getTakenAt(), lock.getExpiresAt(),
                lock.getTakenOverFrom() == null ? null : name(lock.getTakenOverFrom()));
    }

    private String name(UUID userId) {
        return users.find(userId).map(User::getUsername).orElse("unknown");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
