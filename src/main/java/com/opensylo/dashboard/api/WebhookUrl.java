package com.opensylo.dashboard.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * A URL OpenSylo may POST signed events to: absolute https (http only on loopback, for local
 * receivers), with a host, without user info or fragment. Null is valid (no endpoint).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Constraint(validatedBy = WebhookUrl.Validator.class)
public @interface WebhookUrl {

  String message() default
      "must be an absolute https URL (http only on localhost) without user info or fragment";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link WebhookUrl}. */
  class Validator implements ConstraintValidator<WebhookUrl, String> {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        URI uri = new URI(value);
        boolean https = "https".equals(uri.getScheme());
        boolean loopbackHttp = "http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost());
        return uri.isAbsolute()
            && uri.getHost() != null
            && (https || loopbackHttp)
            && uri.getRawUserInfo() == null
            && uri.getRawFragment() == null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
