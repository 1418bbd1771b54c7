package com.opensylo.scoring.scorecard;

/**
 * A scorecard that cannot be used: unreadable, incomplete or breaking a rule the model's guarantees
 * rest on. The message names the source, the element and the rule, so that readiness can report it
 * as it is.
 */
public class InvalidScorecardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidScorecardException(String message) {
    super(message);
  }

  public InvalidScorecardException(String message, Throwable cause) {
    super(message, cause);
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new InvalidScorecardException(message);
    }
  }

  static String text(String value, String what) {
    check(value != null && !value.isBlank(), what + " must have a text");
    return value;
  }
}
