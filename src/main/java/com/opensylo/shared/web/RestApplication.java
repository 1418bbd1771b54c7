package com.opensylo.shared.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application: every API path sits at the root of the context. Bearer tokens are
 * verified by MicroProfile JWT; resources state the group they need with {@code @RolesAllowed}.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "opensylo")
@DeclareRoles({Roles.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "OpenSylo Marketplace Platform API",
            version = "1.0",
            description =
                "Credit infrastructure for marketplaces: merchant data sharing, explainable credit scores"
                    + " and loan repayments from payouts."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RestApplication extends Application {}
