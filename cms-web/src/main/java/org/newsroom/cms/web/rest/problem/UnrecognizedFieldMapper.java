package org.newsroom.cms.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Takes precedence over RESTEasy's own plain-text mapper for unknown JSON fields. */
@Provider
public class UnrecognizedFieldMapper implements ExceptionMapper<UnrecognizedPropertyException> {

    @Override
    public Response toResponse(UnrecognizedPropertyException e) {
        return JsonProblemMapper.toProblem(e);
    }
}
