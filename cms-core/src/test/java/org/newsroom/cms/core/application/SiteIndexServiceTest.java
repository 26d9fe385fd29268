package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.cms.core.domain.article.ArticleRepository;
import org.newsroom.cms.core.domain.article.ArticleRepository.MonthTally;

/** Which files the sitemap index lists, and what the monthly and news sitemaps ask the repository for. */
class SiteIndexServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final List<Object[]> calls = new ArrayList<>();
    private List<MonthTally> months = List.of();

    private final SiteIndexService service = new SiteIndexService(repository(),
            new NewsroomSettings("id", JAKARTA), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aMonthOfMoreThanFiftyThousandStoriesIsSplitIntoNumberedFiles() {
        Instant last = Instant.parse("2026-11-30T16:59:00Z");
        months = List.of(new MonthTally(YearMonth.of(2026, 11), 100_001, last),
                new MonthTally(YearMonth.of(2026, 12), 50_000, NOW));
        assertThat(service.files()).extracting(SiteIndexService.SitemapFile::path).containsExactly(
                "/sitemaps/articles-2026-11.xml", "/sitemaps/articles-2026-11-2.xml", "/sitemaps/articles-2026-11-3.xml",
                "/sitemaps/articles-2026-12.xml");
        assertThat(service.files().get(1).lastPublishedAt()).isEqualTo(last);
        assertThat(calls.get(0)[0]).isEqualTo("liveMonths");
        assertThat(calls.get(0)[1]).isEqualTo(JAKARTA);
        assertThat(calls.get(0)[2]).isEqualTo(NOW);
    }

    @Test
    void aMonthFileAsksForThatMonthInTheNewsroomZoneAndItsPart() {
        service.file(YearMonth.of(2026, 12), 2);
        Object[] call = calls.get(0);
        assertThat(call[0]).isEqualTo("liveFirstPublishedBetween");
        assertThat(call[1]).isEqualTo(Instant.parse("2026-11-30T17:00:00Z")); // 1 December, 00:00 in Jakarta
        assertThat(call[2]).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
        assertThat(call[3]).isEqualTo(50_000);
        assertThat(call[4]).isEqualTo(50_000);
        assertThat(call[5]).isEqualTo(NOW);
        calls.clear();
        assertThat(service.file(YearMonth.of(2026, 12), 0)).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void theNewsSitemapAsksForTheLast48HoursAndAtMostAThousand() {
        service.news();
        Object[] call = calls.get(0);
        assertThat(call[0]).isEqualTo("liveFirstPublishedSince");
        assertThat(call[1]).isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
        assertThat(call[2]).isEqualTo(1_000);
        assertThat(call[3]).isEqualTo(NOW);
    }

    private ArticleRepository repository() {
        return (ArticleRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ArticleRepository.class}, (proxy, method, args) -> {
                    Object[] call = new Object[(args == null ? 0 : args.length) + 1];
                    call[0] = method.getName();
                    if (args != null) {
                        System.arraycopy(args, 0, call, 1, args.length);
                    }
                    calls.add(call);
                    return method.getName().equals("liveMonths") ? months : List.of();
                });
    }
}
