package org.newsroom.cms.core.application;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleDiff;
import org.newsroom.cms.core.domain.article.ArticleDiffer;
import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.article.Revision;
import org.newsroom.cms.core.domain.article.RevisionRepository;
import org.newsroom.cms.core.domain.user.User;
import org.newsroom.cms.core.domain.user.UserRepository;

/**
 * Reading an article's history: list its revisions, read one, diff any two. Besides numbers, a revision
 * can be named {@code live} (what readers see), {@code latest} (the working copy) or {@code submitted} (the
 * working copy when the article was last submitted for review: what a reviewer compares with).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionService {

    @Inject
    ArticleRepository articles;
    @Inject
    RevisionRepository revisions;
    @Inject
    UserRepository users;

    public List<RevisionView> list(UUID articleId) {
        Article article = article(articleId);
        Map<UUID, String> names = new HashMap<>();
        return revisions.list(articleId).stream().map(r -> view(article, r, names)).toList();
    }

    public RevisionView get(UUID articleId, String ref) {
        Article article = article(articleId);
        return view(article, resolve(article, ref), new HashMap<>());
    }

    public ArticleDiff diff(UUID articleId, String from, String to) {
        Article article = article(articleId);
        return ArticleDiffer.diff(resolve(article, from).content(), resolve(article, to).content());
    }

    /** The revision that was the working copy when the article was last submitted for review, if it ever was. */
    public OptionalInt lastSubmittedRevision(UUID articleId) {
        Integer number = article(articleId).getSubmittedRevision();
        return number == null ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /**
     * The revision a reviewer compares the working copy with: while a resubmitted article is in review, the one
     * submitted the round before (what was reviewed then, so the changes made on request show); otherwise the
     * last one submitted. Empty if the article was never submitted.
     */
    public OptionalInt reviewBase(UUID articleId) {
        Article article = article(articleId);
        Integer base = article.getStatus() == ArticleStatus.IN_REVIEW && article.getPreviousSubmittedRevision() != null
                ? article.getPreviousSubmittedRevision() : article.getSubmittedRevision();
        return base == null ? OptionalInt.empty() : OptionalInt.of(base);
    }

    private Revision resolve(Article article, String ref) {
        String name = ref == null ? "" : ref.strip().toLowerCase(Locale.ROOT);
        int number;
        if (name.equals("live")) {
            if (!article.isLive()) {
                throw new ResourceNotFoundException("This article is not live, so it has no live revision.");
            }
            number = article.getLiveRevisionNumber();
        } else if (name.equals("latest") || name.equals("working")) {
            number = article.getCurrentRevision();
        } else if (name.equals("submitted")) {
            if (article.getSubmittedRevision() == null) {
                throw new ResourceNotFoundException("This article has never been submitted for review, so it has no "
                        + "submitted revision; compare with \"live\" or a revision number instead.");
            }
            number = article.getSubmittedRevision();
        } else {
            try {
                number = Integer.parseInt(name);
            } catch (NumberFormatException e) {
                throw new ResourceNotFoundException("\"" + ref + "\" is not a revision: use a number, \"live\", "
                        + "\"latest\" or \"submitted\".");
            }
        }
        int n = number;
        return revisions.find(article.getId(), n).orElseThrow(() -> new ResourceNotFoundException(
                "Article " + article.getId() + " has no revision " + n + "; it has 1 to "
                        + article.getCurrentRevision() + "."));
    }

    private RevisionView view(Article article, Revision r, Map<UUID, String> names) {
        String author = names.computeIfAbsent(r.getAuthorId(),
                id -> users.find(id).map(User::getUsername).orElse("unknown"));
        boolean live = article.isLive() && article.getLiveRevisionNumber() == r.getNumber();
        return new RevisionView(r, author, live, article.getCurrentRevision() == r.getNumber());
    }

    private Article article(UUID id) {
        return articles.find(id).orElseThrow(() -> new ResourceNotFoundException("No article with id " + id + "."));
    }
}
