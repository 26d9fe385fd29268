package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.ConflictException;
import org.newsroom.cms.core.application.EditLockService;
import org.newsroom.cms.core.application.EmbargoException;
import org.newsroom.cms.core.application.RevisionService;
import org.newsroom.cms.core.application.SchedulingService;
import org.newsroom.cms.core.application.TransitionNotAllowedException;
import org.newsroom.cms.core.application.TransitionVetoedException;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.application.VersionConflictException;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleDiff;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.workflow.Workflow;
import org.newsroom.cms.core.domain.workflow.WorkflowAction;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.plugin.api.ui.PanelRequest;

/**
 * The review screen ({@code /newsroom/articles/{id}/review}) and the forms every article page posts to move an
 * article ({@code transitions}) or comment on it ({@code comments}). A refused transition comes back on this
 * screen with the reason in place: the missing comment, the plugins' vetoes as a list of fixes, the embargo, or
 * "saved elsewhere meanwhile". A refusal for the user's role or ownership is the 403 page.
 */
@ApplicationScoped
public class ReviewPage {

    @Inject
    ArticleService articles;
    @Inject
    RevisionService revisions;
    @Inject
    SchedulingService scheduling;
    @Inject
    Transitions transitions;
    @Inject
    EditLockService locks;
    @Inject
    PluginPanels panels;

    void show(Exchange x) throws IOException {
        Article article = articles.read(x.actor(), x.id());
        String notice = "transitioned".equals(x.param("notice")) ? "notice.transitioned"
                : "commented".equals(x.param("notice")) ? "notice.commented" : null;
        x.render(200, "review", view(x, article, null, List.of(), notice));
    }

    void transition(Exchange x) throws IOException {
        ArticleStatus target = ArticleStatus.valueOf(x.param("target"));
        String comment = x.optional("comment");
        Long version = x.optional("version") == null ? null : x.version();
        Article article = articles.read(x.actor(), x.id());
        try {
            if (target == ArticleStatus.SCHEDULED) {
                Texts t = x.texts();
                scheduling.schedule(x.actor(), x.id(), t.fromLocalInput("publishAt", x.param("publishAt")), version);
            } else {
                articles.transition(x.actor(), x.id(), target, comment, version);
            }
        } catch (TransitionVetoedException e) {
            x.render(422, "review", view(x, article, null,
                    e.vetoes().stream().map(TransitionVetoedException.Veto::reason).toList(), null));
            return;
        } catch (ValidationException e) {
            x.render(422, "review", view(x, article,
                    e.errors(x.locale()).stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse(e.getMessage()),
                    List.of(), null));
            return;
        } catch (VersionConflictException e) {
            x.render(409, "review", view(x, articles.get(x.id()), x.texts().t("review.savedElsewhere"),
                    List.of(), null));
            return;
        } catch (EmbargoException | TransitionNotAllowedException e) {
            x.render(409, "review", view(x, article, e.getMessage(x.locale()), List.of(), null));
            return;
        }
        releaseLock(x);
        x.seeOther("editor".equals(x.param("from")) ? x.articlePath() + "?notice=transitioned"
                : x.articlePath() + "/review?notice=transitioned");
    }

    /**
     * Publishes the edited working copy of a live article: with a public correction note ({@code correct}),
     * or as a plain update of a developing story ({@code republish}).
     */
    void updateLive(Exchange x, boolean correction) throws IOException {
        Article article = articles.read(x.actor(), x.id());
        try {
            if (correction) {
                articles.correct(x.actor(), x.id(), x.param("note"), x.version());
            } else {
                articles.republish(x.actor(), x.id(), x.optional("note"), x.version());
            }
        } catch (TransitionVetoedException e) {
            x.render(422, "review", view(x, article, null,
                    e.vetoes().stream().map(TransitionVetoedException.Veto::reason).toList(), null));
            return;
        } catch (ValidationException | VersionConflictException | ConflictException e) {
            x.render(e instanceof ValidationException ? 422 : 409, "review",
                    view(x, articles.get(x.id()), e.getMessage(x.locale()), List.of(), null));
            return;
        }
        x.seeOther(x.articlePath() + "/review?notice=transitioned");
    }

    /**
     * After a move the user's edit lock goes: submitting, approving or publishing ends their editing (a page
     * reopened in an editable state takes it again), and it must not keep the next person out for minutes.
     */
    private void releaseLock(Exchange x) {
        try {
            locks.release(x.actor(), x.id());
        } catch (ConflictException heldBySomeoneElse) {
            // not ours to release
        }
    }

    void comment(Exchange x) throws IOException {
        try {
            articles.comment(x.actor(), x.id(), x.param("body"));
        } catch (ValidationException e) {
            x.render(422, "review", view(x, articles.read(x.actor(), x.id()), e.errors(x.locale()).get(0).message(), List.of(), null));
            return;
        }
        x.seeOther(x.articlePath() + "/review?notice=commented#comments");
    }

    private ReviewView view(Exchange x, Article article, String error, List<String> vetoes, String notice) {
        OptionalInt submitted = revisions.reviewBase(article.getId());
        ArticleDiff sinceSubmitted = submitted.isPresent()
                ? revisions.diff(article.getId(), Integer.toString(submitted.getAsInt()), "latest") : null;
        ArticleDiff sinceLive = article.isLive() ? revisions.diff(article.getId(), "live", "latest") : null;
        Texts t = x.texts();
        return new ReviewView(article.getId(), article.getVersion(), article.getHeadline(), article.getStatus(),
                article.getAuthor().getDisplayName(), article.getEmbargoUntil(), article.getScheduledPublishAt(),
                sinceSubmitted, submitted.isPresent() ? submitted.getAsInt() : null, sinceLive,
                articles.comments(article.getId()), transitions.offered(x.actor(), article), error, vetoes, notice,
                t.localInput(article.getEmbargoUntil()),
                article.getStatus() == ArticleStatus.PUBLISHED && article.hasUnpublishedChanges()
                        && Workflow.decideLiveUpdate(x.actor().roles(), article.isAuthoredBy(x.actor().id()),
                        article.getStatus(), WorkflowAction.REPUBLISH).isAllowed(),
                panels.of(x, article, PanelRequest.Screen.REVIEW,
                        Workflow.mayEdit(x.actor().roles(), article.isAuthoredBy(x.actor().id()), article.getStatus())));
    }
}
