package org.newsroom.cms.web.rest.problem;

import org.newsroom.cms.plugin.api.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.newsroom.cms.core.application.ArticleLockedException;
import org.newsroom.cms.core.application.CmsException;
import org.newsroom.cms.core.application.ConflictException;
import org.newsroom.cms.core.application.EmbargoException;
import org.newsroom.cms.core.application.GoneException;
import org.newsroom.cms.core.application.InvalidConfigException;
import org.newsroom.cms.core.application.Message;
import org.newsroom.cms.core.application.PluginDisabledException;
import org.newsroom.cms.core.application.PluginFailureException;
import org.newsroom.cms.core.application.TransitionVetoedException;
import org.newsroom.cms.core.application.MalformedInputException;
import org.newsroom.cms.core.application.PermissionDeniedException;
import org.newsroom.cms.core.application.ResourceNotFoundException;
import org.newsroom.cms.core.application.TransitionNotAllowedException;
import org.newsroom.cms.core.application.ValidationException;
import org.newsroom.cms.core.application.VersionConflictException;

/** Turns the application layer's errors into problem+json with the matching HTTP status. */
@Provider
public class CmsExceptionMapper implements ExceptionMapper<CmsException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(CmsException e) {
        return toProblem(e, language(headers == null ? List.of() : headers.getAcceptableLanguages()));
    }

    /**
     * The language problem details are written in: Indonesian when {@code Accept-Language} prefers it to
     * English, else English (the messages the application gives by key; the rest are English only).
     */
    static Locale language(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("id") || locale.getLanguage().equals("in")) {
                return INDONESIAN;
            }
            if (locale.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static Response toProblem(CmsException e) {
        return toProblem(e, Locale.ENGLISH);
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            CmsExceptionMapper.class.getName());

    static Response toProblem(CmsException e, Locale locale) {
        if (e instanceof TransitionVetoedException v) {
            return Problems.response(422, "transition-vetoed", "The article is not ready for this move",
                    v.getMessage(locale), Map.of("reasons", v.vetoes()));
        }
        if (e instanceof PluginFailureException p) {
            // a plugin tripping over a client's value (too long, a NUL…) is the client's problem, said as such
            java.util.Optional<ProblemDetail> data = DataProblems.of(e.getCause());
            if (data.isPresent()) {
                LOG.log(java.util.logging.Level.INFO, "Plugin " + p.plugin() + " refused a value", e.getCause());
                return data.get().response();
            }
            String incident = java.util.UUID.randomUUID().toString();
            LOG.log(java.util.logging.Level.SEVERE, "Plugin " + p.plugin() + " failed, incident " + incident,
                    e.getCause());
            return Problems.response(500, "plugin-failure", "A plugin failed", withoutCause(e.getMessage())
                    + " Quote incident " + incident + " to your administrator.", Map.of("plugin", p.plugin()));
        }
        if (e instanceof PluginDisabledException) {
            return Problems.response(409, "plugin-disabled", "Plugin disabled", e.getMessage(locale));
        }
        if (e instanceof InvalidConfigException c) {
            return Problems.response(400, "invalid-config", "Invalid plugin configuration", e.getMessage(locale),
                    Map.of("errors", c.errors()));
        }
        if (e instanceof ValidationException v) {
            return Problems.response(422, "validation", "The request has invalid fields",
                    Message.of("validation.fixFields").in(locale), Map.of("errors", v.errors(locale)));
        }
        if (e instanceof TransitionNotAllowedException t) {
            return Problems.response(409, "transition-not-allowed", "Transition not allowed from the current state",
                    t.getMessage(locale), Map.of("from", t.from(), "to", t.to(), "allowed", t.allowed()));
        }
        if (e instanceof VersionConflictException v) {
            return Response.fromResponse(Problems.response(412, "stale-version", "The article changed meanwhile",
                    v.getMessage(locale), Map.of("currentVersion", v.currentVersion())))
                    .tag(String.valueOf(v.currentVersion())).build();
        }
        if (e instanceof EmbargoException em) {
            return Problems.response(409, "embargoed", "Under embargo", e.getMessage(locale),
                    Map.of("embargoUntil", em.embargoUntil()));
        }
        if (e instanceof ArticleLockedException locked) {
            return Problems.response(423, "locked", "Someone else is editing this article", e.getMessage(locale),
                    Map.of("holder", locked.holder(), "expiresAt", locked.expiresAt()));
        }
        if (e instanceof MalformedInputException m) {
            return Problems.response(400, "malformed-input", "A value could not be read", e.getMessage(locale),
                    Map.of("errors", List.of(new FieldError(m.field(), e.getMessage(locale)))));
        }
        if (e instanceof PermissionDeniedException) {
            return Problems.response(403, "forbidden", "Not allowed", e.getMessage(locale));
        }
        if (e instanceof ResourceNotFoundException) {
            return Problems.response(404, "not-found", "Not found", e.getMessage(locale));
        }
        if (e instanceof GoneException) {
            return Problems.response(410, "gone", "Gone", e.getMessage(locale));
        }
        if (e instanceof ConflictException) {
            return Problems.response(409, "conflict", "Conflict", e.getMessage(locale));
        }
        return Problems.response(400, "bad-request", "Bad request", e.getMessage(locale));
    }

    /** The message without the " (SomeException: …)" the core appends, which is for the log, not the client. */
    static String withoutCause(String message) {
        int cause = message == null ? -1 : message.indexOf(". (");
        return cause < 0 ? message : message.substring(0, cause + 1);
    }
}
