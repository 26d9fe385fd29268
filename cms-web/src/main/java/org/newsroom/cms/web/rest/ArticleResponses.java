package org.newsroom.cms.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.EditLockService;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.application.DeliveryService;
import org.newsroom.cms.web.rest.dto.ArticleJson;
import org.newsroom.cms.web.rest.dto.LockJson;
import org.newsroom.cms.web.security.CurrentUser;

/**
 * The newsroom article representation every article endpoint answers with: JSON for the caller (with what
 * enabled plugins contribute) + ETag.
 */
@ApplicationScoped
class ArticleResponses {

    @Inject
    ArticleService articles;
    @Inject
    EditLockService editLocks;
    @Inject
    DeliveryService delivery;
    @Inject
    CurrentUser currentUser;

    ArticleJson json(Article article) {
        return ArticleJson.of(article, articles.allowedTransitions(currentUser.actor(), article),
                editLocks.current(article.getId()).map(LockJson::of).orElse(null),
                delivery.newsroom(article));
    }

    Response.ResponseBuilder ok(Article article) {
        return Response.ok(json(article)).tag(ETags.of(article.getVersion()));
    }
}
