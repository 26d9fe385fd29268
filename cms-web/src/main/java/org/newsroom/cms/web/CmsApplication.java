package org.newsroom.cms.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API root: newsroom endpoints under {@code /api}, public delivery under {@code /api/public}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Newsroom CMS API", version = "0.1",
        description = "Editorial workflow (newsroom, authenticated) and public delivery (anonymous). "
                + "Errors are application/problem+json (RFC 9457)."))
public class CmsApplication extends Application {
}
