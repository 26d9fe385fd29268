package org.newsroom.cms.web.newsroom;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsroom.cms.core.application.Actor;
import org.newsroom.cms.core.application.ArticleQuery;
import org.newsroom.cms.core.application.ArticleService;
import org.newsroom.cms.core.application.CommentEntry;
import org.newsroom.cms.core.application.NotificationService;
import org.newsroom.cms.core.application.ResultPage;
import org.newsroom.cms.core.application.SectionService;
import org.newsroom.cms.core.domain.article.Article;
import org.newsroom.cms.core.domain.article.ArticleSort;
import org.newsroom.cms.core.domain.article.ArticleStatus;
import org.newsroom.cms.core.domain.section.Section;
import org.newsroom.cms.core.domain.user.Role;

/**
 * The dashboard ({@code /newsroom/}): a journalist's own work by state, an editor's queues; with a filter
 * (several statuses, author, section, headline text, sort) one paged list instead. Every list is the same
 * {@link ArticleService#list(Actor, ArticleQuery)} the API's {@code GET /api/articles} uses, so the draft
 * visibility rules hold here too.
 */
@WebServlet(urlPatterns = {"/newsroom/", "/newsroom"})
public class DashboardServlet extends NewsroomServlet {

    private static final long serialVersionUID = 1L;
    static final int GROUP_SIZE = 8;
    static final int PAGE_SIZE = 25;

    @Inject
    transient ArticleService articles;
    @Inject
    transient NotificationService notifications;
    @Inject
    transient SectionService sections;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().equals("/newsroom")) {
            seeOther(response, "/newsroom/");
            return;
        }
        Actor actor = actor();
        List<Section> known = sections.list();
        Map<String, String> names = known.stream().collect(Collectors.toMap(Section::getSlug, Section::getName));
        DashboardView.Filter filter = filter(request);
        boolean editor = actor.has(Role.EDITOR) || actor.has(Role.ADMIN);
        List<DashboardView.Group> groups = filter.active() ? List.of() : editor ? editorGroups(actor, names) : journalistGroups(actor, names);
        DashboardView.Results results = filter.active() ? results(actor, filter, pageNumber(request), names) : null;
        render(response, "dashboard", page(request), new DashboardView(groups, filter, results,
                notifications.list(actor, 10), known, List.of(ArticleStatus.values())));
    }

    private List<DashboardView.Group> journalistGroups(Actor actor, Map<String, String> names) {
        String me = actor.username();
        return List.of(
                group(actor, names, "drafts", "dashboard.myDrafts", EnumSet.of(ArticleStatus.DRAFT), me, ArticleSort.UPDATED_NEWEST_FIRST),
                group(actor, names, "changes", "dashboard.changesRequested", EnumSet.of(ArticleStatus.CHANGES_REQUESTED), me,
                        ArticleSort.UPDATED_NEWEST_FIRST),
                group(actor, names, "review", "dashboard.inReview", EnumSet.of(ArticleStatus.IN_REVIEW, ArticleStatus.APPROVED), me,
                        ArticleSort.UPDATED_NEWEST_FIRST),
                group(actor, names, "scheduled", "dashboard.scheduled", EnumSet.of(ArticleStatus.SCHEDULED), me, ArticleSort.UPDATED_NEWEST_FIRST),
                group(actor, names, "published", "dashboard.recentlyPublished", EnumSet.of(ArticleStatus.PUBLISHED), me,
                        ArticleSort.UPDATED_NEWEST_FIRST));
    }

    private List<DashboardView.Group> editorGroups(Actor actor, Map<String, String> names) {
        return List.of(
                group(actor, names, "queue", "dashboard.reviewQueue", EnumSet.of(ArticleStatus.IN_REVIEW), "", ArticleSort.UPDATED_OLDEST_FIRST),
                group(actor, names, "approved", "dashboard.approved", EnumSet.of(ArticleStatus.APPROVED), "", ArticleSort.UPDATED_OLDEST_FIRST),
                group(actor, names, "scheduled", "dashboard.scheduledEmbargoed", EnumSet.of(ArticleStatus.SCHEDULED), "",
                        ArticleSort.UPDATED_OLDEST_FIRST),
                group(actor, names, "published", "dashboard.recentlyPublished", EnumSet.of(ArticleStatus.PUBLISHED), "",
                        ArticleSort.UPDATED_NEWEST_FIRST),
                group(actor, names, "killed", "dashboard.killed", EnumSet.of(ArticleStatus.KILLED), "", ArticleSort.UPDATED_NEWEST_FIRST));
    }

    private DashboardView.Group group(Actor actor, Map<String, String> names, String id, String titleKey, Set<ArticleStatus> statuses, String author,
                                      ArticleSort sort) {
        ResultPage<Article> found = articles.list(actor, new ArticleQuery(statuses, author.isEmpty() ? null : author,
                null, null, sort, 1, GROUP_SIZE));
        List<ArticleRow> rows = found.items().stream().map(a -> ArticleRow.of(a, note(a), names)).toList();
        String all = "/newsroom/?status=" + statuses.stream().map(Enum::name).collect(Collectors.joining(","))
                + (author.isEmpty() ? "" : "&author=" + enc(author)) + "&sort=" + sort.parameter();
        return new DashboardView.Group(id, titleKey, rows, found.total(), all);
    }

    /** The editor's comment on a change request, shown under the headline. */
    private String note(Article article) {
        if (article.getStatus() != ArticleStatus.CHANGES_REQUESTED) {
            return null;
        }
        List<CommentEntry> thread = articles.comments(article.getId());
        for (int i = thread.size() - 1; i >= 0; i--) {
            if (thread.get(i).transition() == ArticleStatus.CHANGES_REQUESTED) {
                return thread.get(i).body();
            }
        }
        return null;
    }

    private DashboardView.Results results(Actor actor, DashboardView.Filter filter, int page,
                                           Map<String, String> names) {
        ResultPage<Article> found = articles.list(actor, new ArticleQuery(filter.statuses(),
                blankToNull(filter.author()), blankToNull(filter.section()), blankToNull(filter.q()),
                ArticleSort.ofParameter(filter.sort()).orElse(ArticleSort.DEFAULT), page, PAGE_SIZE));
        int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String base = "/newsroom/?" + query(filter) + "&page=";
        return new DashboardView.Results(found.items().stream().map(a -> ArticleRow.of(a, null, names)).toList(),
                found.total(), page, pages, page > 1 ? base + (page - 1) : null, page < pages ? base + (page + 1) : null);
    }

    static DashboardView.Filter filter(HttpServletRequest request) {
        Set<ArticleStatus> statuses = EnumSet.noneOf(ArticleStatus.class);
        String[] values = request.getParameterValues("status");
        if (values != null) {
            for (String value : values) {
                for (String one : value.split(",")) {
                    if (!one.isBlank()) {
                        statuses.add(ArticleStatus.valueOf(one.strip().toUpperCase(Locale.ROOT)));
                    }
                }
            }
        }
        String sort = param(request, "sort");
        return new DashboardView.Filter(statuses, param(request, "author"), param(request, "section"),
                param(request, "q"), ArticleSort.ofParameter(sort).orElse(ArticleSort.DEFAULT).parameter());
    }

    private static String query(DashboardView.Filter filter) {
        List<String> parts = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            parts.add("status=" + filter.statuses().stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        parts.add("author=" + enc(filter.author()));
        parts.add("section=" + enc(filter.section()));
        parts.add("q=" + enc(filter.q()));
        parts.add("sort=" + enc(filter.sort()));
        return String.join("&", parts);
    }

    private static int pageNumber(HttpServletRequest request) {
        String page = param(request, "page");
        return page.isEmpty() ? 1 : Math.max(1, Integer.parseInt(page));
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
