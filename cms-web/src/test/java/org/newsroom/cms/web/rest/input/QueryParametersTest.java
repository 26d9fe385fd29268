package org.newsroom.cms.web.rest.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;
import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.web.rest.ArticleResource;
import org.newsroom.cms.web.rest.problem.ProblemDetail;

class QueryParametersTest {

    static class Paging {
        @QueryParam("after")
        String after;
        private final String limit;

        Paging(@QueryParam("limit") String limit) {
            this.limit = limit;
        }

        String limit() {
            return limit;
        }
    }

    static class Resource {
        @QueryParam("lang")
        String lang;

        @GET
        public String list(@PathParam("id") String id, @QueryParam("q") String q, @BeanParam Paging paging,
                           @HeaderParam("Accept") String accept) {
            return q;
        }

        @GET
        public String none(@PathParam("id") String id) {
            return id;
        }
    }

    /** What a CDI container hands RESTEasy: a subclass overriding the method without its annotations. */
    static class ResourceProxy extends Resource {
        @Override
        public String list(String id, String q, Paging paging, String accept) {
            return super.list(id, q, paging, accept);
        }
    }

    @Test
    void readsQueryParamsOfTheMethodItsBeansAndItsClassInDeclarationOrder() throws Exception {
        Method list = Resource.class.getMethod("list", String.class, String.class, Paging.class, String.class);
        assertThat(QueryParameters.of(Resource.class, list)).containsExactly("q", "limit", "after", "lang");
        assertThat(QueryParameters.of(Resource.class, Resource.class.getMethod("none", String.class)))
                .containsExactly("lang");
    }

    @Test
    void seesThroughAProxySubclass() throws Exception {
        Method overridden = ResourceProxy.class.getMethod("list", String.class, String.class, Paging.class,
                String.class);
        assertThat(QueryParameters.of(ResourceProxy.class, overridden)).contains("q", "limit", "after", "lang");
    }

    @Test
    void theArticleListTakesItsFilters() throws Exception {
        Method list = ArticleResource.class.getMethod("list", String.class, String.class, String.class, String.class,
                String.class, String.class, int.class, int.class);
        assertThat(QueryParameters.of(ArticleResource.class, list))
                .containsExactly("status", "author", "section", "q", "headline", "sort", "page", "size");
    }

    @Test
    void unknownNamesAreThoseNotDeclaredInTheOrderSent() {
        Set<String> sent = new LinkedHashSet<>(List.of("q", "foo", "limit", "utm_source"));
        assertThat(ParameterCheckFilter.unknown(sent, Set.of("q", "limit"))).containsExactly("foo", "utm_source");
        assertThat(ParameterCheckFilter.unknown(Set.of("q"), Set.of("q"))).isEmpty();
    }

    @Test
    void theProblemNamesTheUnknownAndEveryAllowedParameter() {
        ProblemDetail one = ParameterCheckFilter.unknownParameters(List.of("foo"),
                new LinkedHashSet<>(List.of("q", "status", "author", "limit", "after")));
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.detail()).isEqualTo(
                "Unknown query parameter \"foo\": this endpoint takes q, status, author, limit, after.");
        Map<String, Object> body = one.body();
        assertThat(body.get("allowed")).isEqualTo(List.of("q", "status", "author", "limit", "after"));
        assertThat(body.get("errors")).asList().first().extracting(e -> ((FieldError) e).field()).isEqualTo("foo");

        ProblemDetail none = ParameterCheckFilter.unknownParameters(List.of("a", "b"), Set.of());
        assertThat(none.detail()).isEqualTo("Unknown query parameters \"a\", \"b\": this endpoint takes no query "
                + "parameters.");
    }

}
