package com.opensylo.ratelimit.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the rate limits in the OpenAPI document (registered as {@code mp.openapi.filter}): the
 * three {@code X-RateLimit-*} headers on every success of a partner API operation and a 429
 * response with {@code Retry-After} on each. The partner API is recognised by its paths, since the
 * document knows no annotations.
 */
public class RateLimitOpenApi implements OASFilter {

  /** Where the partner API ({@code @PartnerApi} resources) lives. */
  static final List<String> PARTNER_PATHS = List.of("/api/marketplace/", "/api/v1/marketplace/");

  static final String RESPONSE = "RateLimited";

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    Components components = openApi.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openApi.setComponents(components);
    }
    components.addHeader(
        RateLimitFilter.LIMIT,
        integerHeader(
            "Requests the reported window admits for this client (of the minute and hour windows,"
                + " the one with fewer requests left; on a 429 the exhausted one that ends last)."));
    components.addHeader(
        RateLimitFilter.REMAINING,
        integerHeader("Requests left in the reported window after this one."));
    components.addHeader(
        RateLimitFilter.RESET,
        integerHeader(
            "When the reported window resets, in Unix epoch seconds (GitHub's convention), not"
                + " seconds from now."));
    APIResponse limited =
        OASFactory.createAPIResponse()
            .description(
                "Rate limit exceeded for this client (RATE_LIMITED); nothing was done. Retry after"
                    + " Retry-After seconds.")
            .addHeader(
                "Retry-After",
                integerHeader("Seconds until the exhausted window ends (at least 1)."));
    for (String name :
        List.of(RateLimitFilter.LIMIT, RateLimitFilter.REMAINING, RateLimitFilter.RESET)) {
      limited.addHeader(name, OASFactory.createHeader().ref(name));
    }
    if (components.getSchemas() != null && components.getSchemas().containsKey("ApiError")) {
      limited.content(
          OASFactory.createContent()
              .addMediaType(
                  "application/json",
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref("ApiError"))));
    }
    components.addResponse(RESPONSE, limited);
    for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
      if (PARTNER_PATHS.stream().anyMatch(path.getKey()::startsWith)
          && path.getValue().getOperations() != null) {
        path.getValue().getOperations().values().forEach(RateLimitOpenApi::document);
      }
    }
  }

  private static void document(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (operation.getResponses().getAPIResponses() != null) {
      operation.getResponses().getAPIResponses().entrySet().stream()
          .filter(r -> r.getKey().startsWith("2"))
          .forEach(
              r -> {
                for (String name :
                    List.of(
                        RateLimitFilter.LIMIT, RateLimitFilter.REMAINING, RateLimitFilter.RESET)) {
                  r.getValue().addHeader(name, OASFactory.createHeader().ref(name));
                }
              });
    }
    operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref(RESPONSE));
  }

  private static Header integerHeader(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
  }
}
