package com.opensylo.sandbox.api;

import com.opensylo.sandbox.service.SandboxSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public, unauthenticated facts about the sandbox environment. */
@Path("/sandbox")
@RequestScoped
@Tag(name = "Sandbox")
public class SandboxResource {

  @Inject SandboxSettings settings;

  /**
   * What the sandbox offers and how it is limited. Always 200; {@code enabled} says whether it is
   * on.
   */
  @GET
  @Path("/info")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sandbox environment info")
  public SandboxInfoResponse info() {
    return new SandboxInfoResponse(
        settings.enabled(),
        "sandbox",
        settings.version(),
        settings.limitations(),
        settings.documentationUrl(),
        new SandboxInfoResponse.RateLimits(
            settings.requestsPerMinute(), settings.requestsPerHour()),
        settings.tokenExpiryDays());
  }
}
