package com.opensylo.shared.error;

import com.opensylo.shared.persistence.DatabaseFailure;
import com.opensylo.shared.persistence.DatabaseOutage;
import com.opensylo.shared.web.RequestCorrelation;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The central exception mapper: domain exceptions answer with their own status and code, JAX-RS
 * exceptions (unknown path, wrong method, unsupported media type…) keep their status, an unreadable
 * JSON body is a 400, and anything else is logged with its stack trace and answered with a bland
 * 500 that carries only the correlation id. Bean Validation has its own mapper ({@link
 * ConstraintViolationMapper}).
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

  /** Seconds a caller should wait after an outage refused it, and after lock contention. */
  private static final int OUTAGE_RETRY_AFTER = 5;

  private static final int CONTENTION_RETRY_AFTER = 1;

  @Context UriInfo uriInfo;
  @Context ResourceInfo resourceInfo;
  @Inject Clock clock;
  @Inject DatabaseOutage outage;

  @Override
  public Response toResponse(Throwable exception) {
    ApiException apiException = find(exception, ApiException.class);
    if (apiException != null) {
      Response response =
          respond(
              apiException.status(), apiException.code(), apiException.getMessage(), apiException);
      if (apiException instanceof RetryLaterException retry) {
        return Response.fromResponse(response)
            .header(HttpHeaders.RETRY_AFTER, retry.retryAfterSeconds())
            .build();
      }
      if (apiException instanceof InsufficientScopeException scope) {
        return Response.fromResponse(response)
            .header(HttpHeaders.WWW_AUTHENTICATE, scope.challenge())
            .build();
      }
      return response;
    }
    if (isUnreadableJson(exception)) {
      return respond(
          400,
          ErrorCode.MALFORMED_JSON,
          "The request body is missing or is not valid JSON for this endpoint: check its syntax and field types.",
          null);
    }
    if (isUnconvertibleParameter(exception)) {
      return respond(
          400,
          ErrorCode.INVALID_PARAMETER,
          "A query or path parameter has the wrong type (for example, text where a number is expected).",
          null);
    }
    if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      Response.ResponseBuilder response =
          Response.fromResponse(
              ApiErrors.response(
                  ApiErrors.withSnakeCaseErrorCode(
                      ApiErrors.forStatus(status, path(), clock), resourceInfo)));
      copyHeader(web.getResponse(), response, HttpHeaders.WWW_AUTHENTICATE);
      copyHeader(web.getResponse(), response, HttpHeaders.ALLOW);
      copyHeader(web.getResponse(), response, HttpHeaders.RETRY_AFTER);
      return response.build();
    }
    Optional<DatabaseFailure> database =
        DatabaseFailure.of(exception).or(() -> outage.explain(exception));
    if (database.isPresent()) {
      return unavailable(database.get(), exception);
    }
    LOG.log(
        Level.SEVERE,
        "Unexpected error on "
            + path()
            + " (correlationId="
            + RequestCorrelation.current().orElse("-")
            + ")",
        exception);
    return respond(500, ErrorCode.INTERNAL_ERROR, ErrorCode.defaultMessage(500), null);
  }

  /**
   * 503 with {@code Retry-After} for a request the database could not serve, saying whether it was
   * applied; counted by {@link DatabaseOutage}, which logs the outage once rather than per request.
   */
  private Response unavailable(DatabaseFailure failure, Throwable exception) {
    outage.refused(failure, exception);
    LOG.fine(() -> "Database " + failure + " on " + path() + ": " + exception);
    Response response =
        switch (failure) {
          case UNREACHABLE ->
              respond(
                  503,
                  ErrorCode.SERVICE_UNAVAILABLE,
                  "The database is unavailable, so the request was not applied; retry later.",
                  null);
          case CONTENTION ->
              respond(
                  503,
                  ErrorCode.SERVICE_UNAVAILABLE,
                  "The request met concurrent changes and was not applied; retry it.",
                  null);
          case OUTCOME_UNKNOWN ->
              respond(
                  503,
                  ErrorCode.OUTCOME_UNKNOWN,
                  "The database became unavailable while the request was being committed, so it may"
                      + " or may not have been applied; check its result before retrying.",
                  null);
        };
    return Response.fromResponse(response)
        .header(
            HttpHeaders.RETRY_AFTER,
            failure == DatabaseFailure.CONTENTION ? CONTENTION_RETRY_AFTER : OUTAGE_RETRY_AFTER)
        .build();
  }

  private Response respond(int status, String code, String message, ApiException source) {
    return ApiErrors.response(
        ApiErrors.withSnakeCaseErrorCode(
            ApiErrors.body(
                status, code, message, source == null ? null : source.details(), path(), clock),
            resourceInfo));
  }

  private String path() {
    return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
  }

  /**
   * JAX-RS answers a query or path parameter it cannot convert with a 404 (the method matched, its
   * argument did not); to the caller that is bad input, not a missing resource.
   */
  private boolean isUnconvertibleParameter(Throwable exception) {
    return exception instanceof NotFoundException
        && exception.getCause() != null
        && resourceInfo != null
        && resourceInfo.getResourceMethod() != null;
  }

  private static boolean isUnreadableJson(Throwable exception) {
    return find(exception, JsonbException.class) != null
        || find(exception, JsonParsingException.class) != null
        || find(exception, JsonException.class) != null;
  }

  private static void copyHeader(Response from, Response.ResponseBuilder to, String header) {
    Object value = from.getHeaders().getFirst(header);
    if (value != null) {
      to.header(header, value);
    }
  }

  private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
    return Causes.find(exception, type).orElse(null);
  }
}
