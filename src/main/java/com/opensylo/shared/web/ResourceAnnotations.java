package com.opensylo.shared.web;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;

/** Reads the annotations that request filters enforce from the matched resource method. */
public final class ResourceAnnotations {

  private ResourceAnnotations() {}

  /** {@code type} on the matched resource method, else on its class, else null. */
  public static <A extends Annotation> A find(ResourceInfo resource, Class<A> type) {
    A onMethod =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(type);
    if (onMethod != null || resource.getResourceClass() == null) {
      return onMethod;
    }
    return resource.getResourceClass().getAnnotation(type);
  }
}
