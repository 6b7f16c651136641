package org.marsad.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header, served at {@code /v3/api-docs} with a browsable page at
 * {@code /swagger-ui/index.html}; the operations describe themselves in their controllers.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
    description = "An API key (mk_…) or an access token from the organisation's identity provider. "
        + "Roles: reader (search, documents, export), curator (upload, retry, discovery), admin (the rest).")
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"), info = @Info(
    title = "Marsad API",
    version = "1",
    description = """
        Search Arabic news by actor, country and topic. Every error is an RFC 9457 problem detail \
        (application/problem+json). Facet values carry a stable id and labels in Arabic and \
        English (lang=ar|en). Query syntax in q: "exact phrase", +must, -mustNot, OR, and \
        field:value for title, body, abstract, actor, country, topic, source and author \
        (actor:khalifa-haftar, country:LY). Parameters not listed are refused with 400. Send \
        credentials as Authorization: Bearer <API key or token>: 401 without valid ones, 403 when \
        the role is too low."""))
class ApiDocumentation {}
