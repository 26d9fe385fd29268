package org.newsroom.cms.core.plugin;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.user.Role;
import org.newsroom.cms.core.domain.workflow.Workflow;
import org.newsroom.cms.plugin.api.ArticleAccess;
import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.Caller;

/** The CMS services plugins may use, behind the API's interfaces: article reads, edit rules, the caller. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HostServices implements ArticleAccess {

    @Inject
    ArticleRepository articles;
    @Inject
    Instance<SecurityContext> securityContext;
    @Inject
    Clock clock;

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

    /** The signed-in user, when the current thread serves a request; empty elsewhere (e.g. the scheduler). */
    public Optional<Caller> caller() {
        try {
            SecurityContext context = securityContext.get();
            if (context.getCallerPrincipal() == null) {
                return Optional.empty();
            }
            Set<String> roles = new java.util.HashSet<>();
            for (Role role : Role.values()) {
                if (context.isCallerInRole(role.name())) {
                    roles.add(role.name());
                }
            }
            return Optional.of(new Caller(context.getCallerPrincipal().getName(), roles));
        } catch (RuntimeException noRequest) {
            return Optional.empty();
        }
    }
}
