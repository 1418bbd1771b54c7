package com.opensylo.dashboard.api;

import com.opensylo.shared.web.CallbackUris;
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

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        URI uri = new URI(value);
        return CallbackUris.isHttpsOrLoopbackHttp(uri)
            && uri.getRawUserInfo() == null
            && uri.getRawFragment() == null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
