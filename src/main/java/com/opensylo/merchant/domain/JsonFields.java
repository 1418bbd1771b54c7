package com.opensylo.merchant.domain;

import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.text.ControlCharacters;
import com.opensylo.shared.web.JsonNumberReach;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, checked reads of one JSON object's members. Each read records the member as known and,
 * when the value is missing, of the wrong JSON type or out of its range, adds a {@code {field,
 * message}} naming the member's JSON path and returns null; {@link #refuseUnknown()} then names
 * every member nobody read. Nothing is coerced: a string is never a number, {@code 1} never {@code
 * true}.
 */
final class JsonFields {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final JsonObject object;
  private final String path;
  private final List<ApiError.FieldError> errors;
  private final Set<String> known = new HashSet<>();

  JsonFields(JsonObject object, String path, List<ApiError.FieldError> errors) {
    this.object = object;
    this.path = path;
    this.errors = errors;
  }

  /** The JSON path of member {@code name}. */
  String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  void fail(String name, String message) {
    errors.add(new ApiError.FieldError(at(name), message));
  }

  /** The problems of the whole submission, which every reader of it adds to. */
  List<ApiError.FieldError> errors() {
    return errors;
  }

  /** How many problems have been found so far, here and elsewhere in the submission. */
  int problems() {
    return errors.size();
  }

  /** The member, or null (with a problem when {@code required}) when absent or JSON null. */
  JsonValue value(String name, boolean required) {
    known.add(name);
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        fail(name, "is required");
      }
      return null;
    }
    return value;
  }

  BigDecimal number(String name) {
    JsonValue value = value(name, true);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      fail(name, "must be a number");
      return null;
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (JsonNumberReach.scaleBeyond(decimal) || JsonNumberReach.digitsBeyond(decimal)) {
      fail(name, "is out of range");
      return null;
    }
    return decimal;
  }

  /** A number within {@code min}–{@code max}. */
  BigDecimal number(String name, BigDecimal min, BigDecimal max) {
    BigDecimal value = number(name);
    if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
      fail(name, "must be between " + min.toPlainString() + " and " + max.toPlainString());
      return null;
    }
    return value;
  }

  /** A non-negative amount of money with at most two decimals, at most {@code max}. */
  BigDecimal money(String name, BigDecimal max) {
    BigDecimal value = number(name);
    if (value == null) {
      return null;
    }
    if (value.signum() < 0) {
      fail(name, "must be >= 0");
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      fail(name, "must have at most 2 decimals");
      return null;
    }
    if (value.compareTo(max) > 0) {
      fail(name, "must be <= " + max.toPlainString());
      return null;
    }
    return value;
  }

  /** A percentage, 0–100. */
  BigDecimal percentage(String name) {
    return number(name, BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  /** A whole, non-negative number, at most {@code max}. */
  Integer count(String name, int max) {
    BigDecimal value = number(name);
    if (value == null) {
      return null;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      fail(name, "must be a whole number");
      return null;
    }
    if (value.signum() < 0) {
      fail(name, "must be >= 0");
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
      fail(name, "must be <= " + max);
      return null;
    }
    return value.intValueExact();
  }

  Boolean bool(String name) {
    JsonValue value = value(name, true);
    if (value == null) {
      return null;
    }
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      fail(name, "must be true or false");
      return null;
    }
    return value == JsonValue.TRUE;
  }

  /** A string of 1–{@code maxLength} characters, no control characters; null when absent. */
  String text(String name, boolean required, int maxLength) {
    JsonValue value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      fail(name, "must be a string");
      return null;
    }
    String text = string.getString();
    if (text.isBlank()) {
      fail(name, "must not be blank");
      return null;
    }
    if (text.length() > maxLength) {
      fail(name, "must be at most " + maxLength + " characters");
      return null;
    }
    if (ControlCharacters.containsAny(text)) {
      fail(name, "must not contain control characters");
      return null;
    }
    return text;
  }

  /** A text matching {@code pattern}, else {@code rule} is the problem. */
  String text(String name, boolean required, int maxLength, Pattern pattern, String rule) {
    String text = text(name, required, maxLength);
    if (text != null && !pattern.matcher(text).matches()) {
      fail(name, rule);
      return null;
    }
    return text;
  }

  /** One of the names of {@code type}'s constants; null when absent. */
  <E extends Enum<E>> E choice(String name, boolean required, Class<E> type) {
    JsonValue value = value(name, required);
    if (value == null) {
      return null;
    }
    String allowed =
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    if (!(value instanceof JsonString string)) {
      fail(name, "must be a string, one of " + allowed);
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(string.getString())) {
        return constant;
      }
    }
    fail(name, "must be one of " + allowed);
    return null;
  }

  /** An ISO-8601 calendar date ({@code YYYY-MM-DD}) not after {@code today}; null when absent. */
  LocalDate pastDate(String name, LocalDate today) {
    JsonValue value = value(name, false);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonString string) || !DATE.matcher(string.getString()).matches()) {
      fail(name, "must be a date YYYY-MM-DD");
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(string.getString());
    } catch (DateTimeException e) {
      fail(name, "must be a date YYYY-MM-DD");
      return null;
    }
    if (date.isAfter(today)) {
      fail(name, "must not be in the future");
      return null;
    }
    return date;
  }

  /** A nested object; null when absent (a problem when {@code required}) or not an object. */
  JsonObject object(String name, boolean required) {
    JsonValue value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonObject nested)) {
      fail(name, "must be an object");
      return null;
    }
    return nested;
  }

  JsonArray array(String name) {
    JsonValue value = value(name, true);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      fail(name, "must be an array");
      return null;
    }
    return array;
  }

  /** Names every member that no read asked for (as Stripe names unknown parameters). */
  void refuseUnknown() {
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        fail(name, "is not a known field");
      }
    }
  }
}
