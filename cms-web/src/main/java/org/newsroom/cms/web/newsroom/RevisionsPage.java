package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.RevisionService;
import org.newsroom.cms.core.application.RevisionView;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.workflow.Workflow;

/**
 * The revisions page ({@code /newsroom/articles/{id}/revisions}): every save, a diff of any two (by default
 * the latest against the one before), and restore, which makes a new revision from an old one (through
 * {@link ArticleService#restore}, under the version and lock rules of any save).
 */
@ApplicationScoped
public class RevisionsPage {

    @Inject
    ArticleService articles;
    @Inject
    RevisionService revisions;

    void show(Exchange x) throws IOException {
        Article article = articles.read(x.actor(), x.id());
        List<RevisionView> all = revisions.list(article.getId());
        int latest = article.getCurrentRevision();
        int to = x.optional("to") == null ? latest : Integer.parseInt(x.param("to").strip());
        int from = x.optional("from") == null ? Math.max(1, to - 1) : Integer.parseInt(x.param("from").strip());
        boolean mayRestore = Workflow.mayEdit(x.actor().roles(), article.isAuthoredBy(x.actor().id()), article.getStatus());
        x.render(200, "revisions", new RevisionsView(article.getId(), article.getVersion(), article.getHeadline(), all,
                from, to, revisions.diff(article.getId(), Integer.toString(from), Integer.toString(to)), mayRestore,
                "restored".equals(x.param("notice")) ? "notice.restored" : null));
    }

    void restore(Exchange x, int number) throws IOException {
        articles.restore(x.actor(), x.id(), number, x.version());
        x.seeOther(x.articlePath() + "/revisions?notice=restored");
    }
}
