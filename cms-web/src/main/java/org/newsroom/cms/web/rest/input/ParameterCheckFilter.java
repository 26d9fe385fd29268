package org.newsroom.cms.web.rest.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import org.newsroom.cms.plugin.api.FieldError;
import org.newsroom.cms.web.rest.problem.ProblemDetail;
import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Refuses unstorable text ({@link UnsafeText}) in decoded path and query values, naming the parameter, before
 * the resource runs: {@code /api/public/articles/%00} or {@code ?q=%00} would otherwise reach a database
 * query (a 500) in the core or in any plugin. Runs after matching, so path parameters have their names, and
 * after the role checks, so who may not call an endpoint still learns only that.
 * <p>
 * Refuses, too, a query parameter the matched method does not declare ({@link QueryParameters}), naming the
 * ones it takes: {@code ?satus=DRAFT} or {@code ?q=…} on an endpoint without search would otherwise be ignored
 * and answer as if the filter held. The rule is the same for the core's resources and every plugin's (the
 * matched method of a sub-resource located by the plugin routes); no parameter is accepted and ignored.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterCheckFilter implements ContainerRequestFilter {

    /** A parameter that cannot be used: where it was ("path", "query"), its name and what is wrong. */
    record Flaw(String where, String name, String flaw) {
    }

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Flaw flaw = check(request.getUriInfo());
        if (flaw != null) {
            request.abortWith(Problems.invalidText("The " + flaw.where() + " parameter " + Problems.echo(flaw.name()),
                    flaw.name(), flaw.flaw()).response());
            return;
        }
        if (resource != null && resource.getResourceMethod() != null) {
            Set<String> allowed = QueryParameters.of(resource.getResourceClass(), resource.getResourceMethod());
            List<String> unknown = unknown(request.getUriInfo().getQueryParameters(true).keySet(), allowed);
            if (!unknown.isEmpty()) {
                request.abortWith(unknownParameters(unknown, allowed).response());
            }
        }
    }

    /** The names sent that the endpoint does not take, in the order sent. */
    static List<String> unknown(Set<String> sent, Set<String> allowed) {
        return sent.stream().filter(name -> !allowed.contains(name)).toList();
    }

    /** 400 naming the unknown parameters and every one the endpoint takes (also as {@code allowed}). */
    static ProblemDetail unknownParameters(List<String> unknown, Set<String> allowed) {
        String names = String.join(", ", unknown.stream().map(Problems::echo).toList());
        String takes = allowed.isEmpty() ? "takes no query parameters" : "takes " + String.join(", ", allowed);
        String detail = (unknown.size() == 1 ? "Unknown query parameter " : "Unknown query parameters ") + names
                + ": this endpoint " + takes + ".";
        List<FieldError> errors = unknown.stream()
                .map(name -> new FieldError(name, "is not a parameter of this endpoint; it " + takes + ".")).toList();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("errors", errors);
        extensions.put("allowed", List.copyOf(allowed));
        return new ProblemDetail(400, "unknown-parameter", "Unknown query parameter", detail, extensions);
    }

    static Flaw check(UriInfo uri) {
        Flaw flaw = check("path", uri.getPathParameters(true));
        return flaw != null ? flaw : check("query", uri.getQueryParameters(true));
    }

    static Flaw check(String where, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> e : parameters.entrySet()) {
            String flaw = UnsafeText.flaw(e.getKey());
            if (flaw != null) {
                return new Flaw(where, "(name)", "has a name that " + flaw);
            }
            for (String value : e.getValue()) {
                flaw = UnsafeText.flaw(value);
                if (flaw != null) {
                    return new Flaw(where, e.getKey(), flaw);
                }
            }
        }
        return null;
    }
}
