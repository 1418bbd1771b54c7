package com.opensylo.shared.error;

import com.opensylo.shared.web.JsonbSettings;
import com.opensylo.shared.web.RequestCorrelation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Builds {@link ApiError} bodies and responses; the one place that knows how an error looks. */
public final class ApiErrors {

  private ApiErrors() {}

  /**
   * The body for {@code status} at {@code path}, stamped with the current request's correlation id.
   */
  public static ApiError body(
      int status,
      String code,
      String message,
      List<ApiError.FieldError> details,
      String path,
      Clock clock) {
    Response.Status.Family family = Response.Status.Family.familyOf(status);
    Response.Status known = Response.Status.fromStatusCode(status);
    String reason =
        known != null
            ? known.getReasonPhrase()
            : status == 422 ? "Unprocessable Content" : family.name().replace('_', ' ');
    return new ApiError(
        false,
        status,
        reason,
        message,
        code,
        details == null || details.isEmpty() ? null : details,
        path,
        Instant.now(clock),
        RequestCorrelation.current().orElse(null));
  }

  /**
   * The body for a failure known only by its status (the container's own errors, JAX-RS's): the
   * status's stable code and default message.
   */
  public static ApiError forStatus(int status, String path, Clock clock) {
    return body(
        status, ErrorCode.forStatus(status), ErrorCode.defaultMessage(status), null, path, clock);
  }

  /**
   * The same body with a snake_case {@code error} ({@code not_found}, {@code validation_failed})
   * for resources marked {@link SnakeCaseErrors}.
   */
  public static ApiError withSnakeCaseErrorCode(ApiError body, ResourceInfo resource) {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    if (type == null || !type.isAnnotationPresent(SnakeCaseErrors.class)) {
      return body;
    }
    String error = body.code() != null ? body.code().toLowerCase(Locale.ROOT) : body.error();
    return new ApiError(
        body.success(),
        body.statusCode(),
        error,
        body.message(),
        body.code(),
        body.details(),
        body.path(),
        body.timestamp(),
        body.correlationId());
  }

  /**
   * Writes {@code body} as the whole servlet response, for errors raised outside JAX-RS (the
   * container's error page, its own 401/403). A 401 without a challenge gets the bearer {@code
   * invalid_token} one.
   */
  public static void write(HttpServletResponse response, ApiError body) throws IOException {
    if (body.statusCode() == 401 && response.getHeader("WWW-Authenticate") == null) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    byte[] json = JsonbSettings.jsonb().toJson(body).getBytes(StandardCharsets.UTF_8);
    response.setStatus(body.statusCode());
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }

  /**
   * A request filter's refusal of {@code request}: the error body for its path and, when {@code
   * challenge} is not null, that {@code WWW-Authenticate} header.
   */
  public static Response refusal(
      ContainerRequestContext request,
      int status,
      String code,
      String message,
      String challenge,
      Clock clock) {
    Response refusal =
        response(
            body(
                status,
                code,
                message,
                null,
                request.getUriInfo().getRequestUri().getRawPath(),
                clock));
    return challenge == null
        ? refusal
        : Response.fromResponse(refusal).header("WWW-Authenticate", challenge).build();
  }

  /** A JSON response carrying {@code body}. */
  public static Response response(ApiError body) {
    return Response.status(body.statusCode())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }
}
