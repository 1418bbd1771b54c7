package com.opensylo.ratelimit.api;

import com.opensylo.ratelimit.domain.RateLimitDecision;
import com.opensylo.ratelimit.service.RateLimitService;
import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.security.PartnerApi;
import com.opensylo.shared.security.RequiresScope;
import com.opensylo.shared.web.ResourceAnnotations;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Applies the per-client rate limits (SPEC §10) to the partner API: every request that passed the
 * partner token and scope checks ({@code ScopeFilter}, so refused tokens use no quota) is counted
 * for the token's {@code client_id}. Over the limit it answers 429 {@code RATE_LIMITED} with {@code
 * Retry-After}; every answer of a limited client carries {@code X-RateLimit-Limit}, {@code
 * -Remaining} and {@code -Reset} (the Unix epoch second the reported window resets at).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String LIMIT = "X-RateLimit-Limit";
  public static final String REMAINING = "X-RateLimit-Remaining";
  public static final String RESET = "X-RateLimit-Reset";
  public static final String RATE_LIMITED = "RATE_LIMITED";

  private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

  @Context ResourceInfo resource;
  @Inject RateLimitService limits;
  @Inject Clock clock;

  @Override
  public void filter(ContainerRequestContext request) {
    if (ResourceAnnotations.find(resource, PartnerApi.class) == null
        && ResourceAnnotations.find(resource, RequiresScope.class) == null) {
      return;
    }
    if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
      return; // ScopeFilter refused it already
    }
    Object clientId = token.getClaim("client_id"); // Object: see IntegrationHealthResource
    if (clientId == null) {
      return;
    }
    Optional<RateLimitDecision> decision = limits.check(clientId.toString());
    if (decision.isEmpty()) {
      return;
    }
    request.setProperty(DECISION, decision.get());
    if (!decision.get().admitted()) {
      Response refusal =
          ApiErrors.refusal(
              request,
              429,
              RATE_LIMITED,
              "Rate limit of "
                  + decision.get().limit()
                  + " requests exceeded for this client; retry after "
                  + decision.get().retryAfterSeconds()
                  + " s.",
              null,
              clock);
      request.abortWith(
          Response.fromResponse(refusal)
              .header(HttpHeaders.RETRY_AFTER, decision.get().retryAfterSeconds())
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle(LIMIT, decision.limit());
      headers.putSingle(REMAINING, decision.remaining());
      headers.putSingle(RESET, decision.resetAt());
    }
  }
}
