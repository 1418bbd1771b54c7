package com.opensylo.shared.error;

/** Raised when a well-formed request breaks a business rule. */
public class BusinessRuleViolationException extends ApiException {

  private static final long serialVersionUID = 1L;

  public BusinessRuleViolationException(String message) {
    super(422, "BUSINESS_RULE_VIOLATION", message);
  }

  public BusinessRuleViolationException(String code, String message) {
    super(422, code, message);
  }
}
