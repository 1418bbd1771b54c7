package com.opensylo.shared.error;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on a request → 400 {@code VALIDATION_FAILED} with one {@code details}
 * entry per violation, named by the field's JSON path ({@code salesPerformance.gmv30Days}, {@code
 * redirect_uris[0]}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;
  @Context ResourceInfo resourceInfo;
  @Inject Clock clock;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<ApiError.FieldError> details = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      details.add(new ApiError.FieldError(fieldOf(violation), violation.getMessage()));
    }
    details.sort(
        Comparator.comparing(ApiError.FieldError::field)
            .thenComparing(ApiError.FieldError::message));
    String message =
        details.size() == 1
            ? details.get(0).field() + ": " + details.get(0).message()
            : details.size() + " fields are invalid; see details.";
    return ApiErrors.response(
        ApiErrors.withSnakeCaseErrorCode(
            ApiErrors.body(
                400,
                ErrorCode.VALIDATION_FAILED,
                message,
                details,
                uriInfo.getRequestUri().getRawPath(),
                clock),
            resourceInfo));
  }

  /**
   * The JSON path of the violated value: the method and body-parameter nodes are dropped, query and
   * path parameters keep their name, and a property renamed by {@code @JsonbProperty} shows its
   * JSON name.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    if (!nodes.isEmpty() && nodes.get(nodes.size() - 1).getKind() == ElementKind.PARAMETER) {
      return nodes.get(nodes.size() - 1).getName();
    }
    int lastProperty = -1;
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).getKind() == ElementKind.PROPERTY) {
        lastProperty = i;
      }
    }
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.BEAN) {
        continue;
      }
      String name = node.getName();
      if (i == lastProperty && violation.getLeafBean() != null) {
        // the leaf bean is the object that holds the last property, even for a violated list
        // element
        name = jsonName(violation.getLeafBean().getClass(), name);
      }
      if (name != null) {
        field.append(field.length() > 0 ? "." : "").append(name);
      }
      Path.Node next = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
      if (next != null && next.getIndex() != null) {
        field.append('[').append(next.getIndex()).append(']');
      } else if (next != null && next.getKey() != null) {
        field.append('[').append(next.getKey()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String jsonName(Class<?> type, String property) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        JsonbProperty renamed = c.getDeclaredField(property).getAnnotation(JsonbProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : property;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    return property;
  }
}
