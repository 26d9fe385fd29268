package org.newsroom.cms.core.application;

import java.util.List;

import org.newsroom.cms.core.domain.article.ArticleStatus;

/** No transition leads from the article's current state to the one asked for. */
public class TransitionNotAllowedException extends CmsException {

    private final ArticleStatus from;
    private final ArticleStatus to;
    private final List<ArticleStatus> allowed;

    public TransitionNotAllowedException(ArticleStatus from, ArticleStatus to, List<ArticleStatus> allowed) {
        super(Message.of("transition.notFromHere", from.name(), to.name(), allowed.isEmpty()
                ? Message.of("transition.noneFrom", from.name())
                : Message.of("transition.allowedFrom", from.name(), join(allowed))));
        this.from = from;
        this.to = to;
        this.allowed = List.copyOf(allowed);
    }

    private static String join(List<ArticleStatus> states) {
        return String.join(", ", states.stream().map(Enum::name).toList());
    }

    public ArticleStatus from() { return from; }
    public ArticleStatus to() { return to; }
    public List<ArticleStatus> allowed() { return allowed; }
}
