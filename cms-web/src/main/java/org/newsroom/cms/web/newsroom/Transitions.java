package org.newsroom.cms.web.newsroom;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.workflow.Workflow;

/**
 * The transition buttons a page offers: exactly {@link ArticleService#allowedTransitions} (the workflow,
 * the user's roles and ownership, an embargo in force), each marked with whether the workflow requires a
 * comment, so the form can require one too. No second copy of the rules.
 */
@ApplicationScoped
public class Transitions {

    @Inject
    ArticleService articles;

    public List<EditorView.Transition> offered(Actor actor, Article article) {
        boolean owner = article.isAuthoredBy(actor.id());
        return articles.allowedTransitions(actor, article).stream()
                .map(target -> new EditorView.Transition(target,
                        Workflow.decide(actor.roles(), owner, article.getStatus(), target).commentRequired()))
                .toList();
    }
}
