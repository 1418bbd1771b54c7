package com.opensylo.webhook.service;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * An instant a marketplace can mean: from 2000 to before 2100. Bounds what is stored (a DATETIME
 * column cannot hold year 100000, and a database error must not answer bad input). Null is valid.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE
})
@Constraint(validatedBy = PlausibleInstant.Validator.class)
public @interface PlausibleInstant {

  String message() default "must be a time from 2000 to 2099";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the bounds. */
  class Validator implements ConstraintValidator<PlausibleInstant, Instant> {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(EARLIEST) && value.isBefore(LATEST));
    }
  }
}
