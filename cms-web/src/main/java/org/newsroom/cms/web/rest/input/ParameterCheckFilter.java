package org.newsroom.cms.web.rest.input;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import org.newsroom.cms.web.rest.problem.Problems;

/**
 * Refuses unstorable text ({@link UnsafeText}) in decoded path and query values, naming the parameter, before
 * the resource runs: {@code /api/public/articles/%00} or {@code ?q=%00} would otherwise reach a database
 * query (a 500) in the core or in any plugin. Runs after matching, so path parameters have their names, and
 * after the role checks, so who may not call an endpoint still learns only that.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterCheckFilter implements ContainerRequestFilter {

    /** A parameter that cannot be used: where it was ("path", "query"), its name and what is wrong. */
    record Flaw(String where, String name, String flaw) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Flaw flaw = check(request.getUriInfo());
        if (flaw != null) {
            request.abortWith(Problems.invalidText("The " + flaw.where() + " parameter " + Problems.echo(flaw.name()),
                    flaw.name(), flaw.flaw()).response());
        }
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
