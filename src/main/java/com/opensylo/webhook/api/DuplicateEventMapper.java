package com.opensylo.webhook.api;

import com.opensylo.shared.error.ApiErrors;
import com.opensylo.shared.web.JsonbSettings;
import com.opensylo.shared.web.Jsonp;
import com.opensylo.webhook.service.DuplicateEventException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.time.Clock;

/**
 * 409 for an event id received before with the same body: the error shape of every endpoint, with
 * the original ack's members ({@code status, event_id, opensylo_reference, received_at}) beside it,
 * so a marketplace that retried learns how the first delivery ended.
 */
@Provider
public class DuplicateEventMapper implements ExceptionMapper<DuplicateEventException> {

  @Inject Clock clock;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(DuplicateEventException duplicate) {
    String path = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    JsonObjectBuilder body =
        Jsonp.PROVIDER.createObjectBuilder(
            parse(
                JsonbSettings.jsonb()
                    .toJson(
                        ApiErrors.body(
                            409, duplicate.code(), duplicate.getMessage(), null, path, clock))));
    parse(JsonbSettings.jsonb().toJson(duplicate.ack())).forEach(body::add);
    return Response.status(409)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.build().toString())
        .build();
  }

  private static JsonObject parse(String json) {
    try (var reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
