package org.newsroom.cms.web.rest.problem;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.newsroom.cms.web.errorpages.BodyLimit;
import org.newsroom.cms.core.application.CmsException;
import org.newsroom.cms.plugin.api.PluginException;

/**
 * The last line: anything not mapped elsewhere. Known causes wrapped by the container (transactions,
 * CDI) are unwrapped and mapped properly, and so is the database refusing a client's value
 * ({@link DataProblems}); the rest is a 500 with an incident id and no stack trace,
 * logged in full on the server.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public Response toResponse(Throwable e) {
        if (BodyLimit.tooBig(e)) { // a chunked body ran over CMS_MAX_POST_BYTES while it was read
            return Problems.response(413, "too-large", "Request too large", BodyLimit.detail());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CmsException cms) {
                return CmsExceptionMapper.toProblem(cms);
            }
            if (cause instanceof PluginException plugin) {
                return PluginExceptionMapper.toProblem(plugin);
            }
            if (cause instanceof WebApplicationException wae) {
                return new WebApplicationExceptionMapper().toResponse(wae);
            }
            if (cause instanceof JsonProcessingException json) {
                return JsonProblemMapper.toProblem(json);
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.response(412, "stale-version", "The article changed meanwhile",
                        "Someone saved this article while you were saving. Reload it and apply your change again; "
                                + "nothing was overwritten.");
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<ProblemDetail> data = DataProblems.answer(sql.getSQLState(), String.valueOf(sql.getMessage()));
                if (data.isPresent()) {
                    return data.get().response();
                }
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return Problems.response(409, "conflict", "Conflict",
                            "Something with the same unique value was saved at the same moment; try again.");
                }
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problems.response(500, "server-error", "Server error",
                "Something went wrong on our side and the request was not applied. Quote incident "
                        + incident + " to your administrator.");
    }
}
