package com.opensylo.shared.error;

/** Raised when a resource does not exist, or belongs to another tenant (both answer 404). */
public class ResourceNotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(String message) {
    super(404, "NOT_FOUND", message);
  }

  public ResourceNotFoundException(String code, String message) {
    super(404, code, message);
  }
}
