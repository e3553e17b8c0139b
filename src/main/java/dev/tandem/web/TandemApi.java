package dev.tandem.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The HTTP API, version 1 (see api-v1.md): every resource under {@code /api}, HTTP Basic on all of them. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Tandem API", version = "1",
                description = "Two-way mail and calendar synchronisation for a CRM"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class TandemApi extends Application {
}
