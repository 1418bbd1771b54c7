package com.opensylo.marketplace.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;

/**
 * An ISO 4217 currency code the JDK knows, upper case ({@code NGN}, {@code KES}). Null is valid.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Constraint(validatedBy = ValidCurrency.Validator.class)
public @interface ValidCurrency {

  String message() default "must be an ISO 4217 currency code such as NGN";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ValidCurrency}. */
  class Validator implements ConstraintValidator<ValidCurrency, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (!value.matches("[A-Z]{3}")) {
        return false;
      }
      try {
        Currency.getInstance(value);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
