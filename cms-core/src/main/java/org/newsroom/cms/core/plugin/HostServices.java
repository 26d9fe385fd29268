package org.newsroom.cms.core.plugin;

import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.infrastructure.changes.PublicContentChanges;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.workflow.Workflow;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;
import org.newsroom.cms.plugin.api.Cursor;
import org.newsroom.cms.plugin.api.PluginContext;
import org.newsroom.cms.plugin.api.PublicState;
import org.newsroom.cms.plugin.api.PublishedPage;

/** The CMS services plugins may use, behind the API's interfaces: article reads, edit rules, the caller. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HostServices implements ArticleAccess {

    @Inject
    ArticleRepository articles;
    @Inject
    Instance<RequestCaller> requestCaller;
    @Inject
    Clock clock;
    @Inject
    PluginAuditTrails auditTrails;
    @Inject
    SiteAddresses site;
    @Inject
    Event<ArticleDataChanged> dataChanged;
    @Inject
    PublicContentChanges publicContent;
    // the server-wide name: java:comp/… is not bound yet when a health probe reaches a deploying application
    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Override
    public Optional<ArticleSnapshot> find(UUID articleId) {
        return articles.find(articleId).map(ArticleSnapshots::working);
    }

    @Override
    public boolean mayEdit(UUID articleId, Caller caller) {
        Optional<Article> article = articles.find(articleId);
        if (article.isEmpty() || caller == null) {
            return false;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (caller.hasRole(role.name())) {
                roles.add(role);
            }
        }
        Article a = article.get();
        return Workflow.mayEdit(roles, a.getAuthor().getUsername().equals(caller.username()), a.getStatus());
    }

    @Override
    public List<ArticleSnapshot> published(List<UUID> articleIds) {
        if (articleIds == null || articleIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, ArticleSnapshot> byId = new HashMap<>();
        for (Article a : articles.findLive(articleIds, clock.instant())) {
            byId.put(a.getId(), ArticleSnapshots.live(a, a.getLiveRevision().content()));
        }
        return articleIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public PublicState publicState(UUID articleId) {
        if (!articles.liveIds(List.of(articleId), clock.instant()).isEmpty()) {
            return PublicState.VISIBLE;
        }
        return articles.find(articleId).filter(Article::isGone).map(a -> PublicState.GONE).orElse(PublicState.ABSENT);
    }

    @Override
    public Set<UUID> visible(Collection<UUID> articleIds) {
        return articleIds == null || articleIds.isEmpty() ? Set.of() : articles.liveIds(articleIds, clock.instant());
    }

    @Override
    public PublishedPage publishedPage(Collection<UUID> candidates, PublishedPage.Order order, Cursor after, int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("a page holds 1 to 100 articles, not " + limit);
        }
        if (candidates == null || candidates.isEmpty()) {
            return new PublishedPage(List.of(), null);
        }
        boolean byFirst = order == PublishedPage.Order.FIRST_PUBLISHED;
        List<ArticleSnapshot> items = articles.livePage(candidates,
                        byFirst ? ArticleRepository.PublishOrder.FIRST_PUBLISHED : ArticleRepository.PublishOrder.LAST_PUBLISHED,
                        after == null ? null : new ArticleRepository.PublishedCursor(after.at(), after.id()), limit,
                        clock.instant())
                .stream().map(a -> ArticleSnapshots.live(a, a.getLiveRevision().content())).toList();
        Cursor next = null;
        if (items.size() == limit) {
            ArticleSnapshot last = items.get(items.size() - 1);
            next = new Cursor(byFirst ? last.firstPublishedAt() : last.lastPublishedAt(), last.id());
        }
        return new PublishedPage(items, next);
    }

    /** The host's audit trail as the plugin {@code pluginId} writes to and reads from it. */
    public org.newsroom.cms.plugin.api.AuditTrail auditTrail(String pluginId) {
        return auditTrails.of(pluginId);
    }

    /** The signed-in user, when the current thread serves a request; empty elsewhere (e.g. the scheduler). */
    public Optional<Caller> caller() {
        try {
            return requestCaller.get().get();
        } catch (RuntimeException noRequest) {
            return Optional.empty();
        }
    }

    /** {@link org.newsroom.cms.plugin.api.PluginContext#afterTransaction}: what throws is logged to {@code log}. */
    public void afterTransaction(PluginContext.TransactionEnd action, Logger log) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            run(action, true, log);
        } else if (status == Status.STATUS_MARKED_ROLLBACK) {
            run(action, false, log); // it can only roll back, and a synchronization can no longer be added
        } else {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int ended) {
                    run(action, ended == Status.STATUS_COMMITTED, log);
                }
            });
        }
    }

    private static void run(PluginContext.TransactionEnd action, boolean committed, Logger log) {
        try {
            action.ended(committed);
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "A plugin's after-transaction action failed (committed=" + committed + ")", e);
        }
    }

    /** A plugin's site-relative path made absolute with the public base URL (or else the request's). */
    public String publicUrl(URI requestBase, String path) {
        return site.absolute(requestBase, path);
    }

    @Override
    public void dataChanged(Collection<UUID> articleIds, boolean everything) {
        if (articleIds != null) { // the search documents, in this transaction (SearchIndexer observes)
            articleIds.stream().filter(java.util.Objects::nonNull).distinct()
                    .forEach(id -> dataChanged.fire(new ArticleDataChanged(id)));
        }
        if (everything) {
            publicContent.everythingChanged();
            return;
        }
        if (articleIds == null || articleIds.isEmpty()) {
            return;
        }
        // a draft has no public copy; its slug may still change, so it is not announced
        articles.liveSlugs(List.copyOf(articleIds), clock.instant()).forEach(publicContent::articleChanged);
    }
}
