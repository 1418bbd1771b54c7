package com.opensylo.shared.web;

import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.ErrorCode;
import com.opensylo.shared.text.ControlCharacters;
import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads every JSON request body of the API strictly, so that no input is guessed at or coerced: the
 * bytes must be UTF-8, the text one JSON value with nothing after it, nested at most {@value
 * #MAX_DEPTH} levels, with no control character and no repetition in member names; then every value
 * must have the JSON type of the Java type it binds to (a string for a {@code String}, {@code
 * true}/{@code false} for a {@code Boolean}, an integral number in range for an {@code Integer},
 * and so on, through records, lists and maps). Only then does JSON-B bind it, with the one
 * configuration of {@link JsonbSettings}. Every refusal is a 400 {@code MALFORMED_JSON}; a value of
 * the wrong type is named in {@code details} by its JSON path ({@code owner.email}, {@code
 * redirect_uris[0]}). JSON-B alone would turn {@code "enabled":"yes"} into {@code false}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(1)
public class StrictJsonReader implements MessageBodyReader<Object> {

  /** Deepest nesting of arrays and objects accepted; the API's own bodies use three levels. */
  public static final int MAX_DEPTH = 32;

  private static final int MAX_DETAILS = 20;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return !(type == String.class
        || type == byte[].class
        || type == char[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || File.class.isAssignableFrom(type)
        || MultivaluedMap.class.isAssignableFrom(type));
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return read(entityStream.readAllBytes(), type, genericType);
  }

  /**
   * Reads {@code bytes} as JAX-RS would read a request body of {@code type}, with every check
   * above: for bodies a resource must see as raw bytes first (an inbound webhook's signature is
   * over the bytes received).
   *
   * @throws ApiException 400 {@code MALFORMED_JSON}
   */
  public static <T> T read(byte[] bytes, Class<T> type) {
    return type.cast(read(bytes, type, type));
  }

  private static Object read(byte[] bytes, Class<?> type, Type genericType) {
    String text = utf8(bytes);
    if (text.isBlank()) {
      throw malformed(
          "The request body is missing: send a JSON " + expected(genericType) + ".", null);
    }
    JsonValue value = parse(text);
    List<ApiError.FieldError> errors = new ArrayList<>();
    check(value, genericType, "", errors);
    if (!errors.isEmpty()) {
      String message =
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size() + " fields have the wrong JSON type; see details.";
      throw malformed(message, errors);
    }
    if (JsonValue.class.isAssignableFrom(type)) {
      return value;
    }
    try {
      return JsonbSettings.jsonb().fromJson(text, genericType);
    } catch (JsonbException e) {
      throw malformed(
          "The request body is not valid JSON for this endpoint: check its field types.", null);
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed("The request body is not valid UTF-8.", null);
    }
  }

  /**
   * One JSON value built event by event, so that depth, member names and trailing text are checked
   * before anything large is built (a parser's own tree building would recurse without bound).
   */
  static JsonValue parse(String text) {
    try (JsonParser parser = Jsonp.PROVIDER.createParser(new StringReader(text))) {
      Deque<Object> open = new ArrayDeque<>(); // JsonObjectBuilder or JsonArrayBuilder
      Deque<String> keys = new ArrayDeque<>();
      Deque<Set<String>> seen = new ArrayDeque<>();
      String key = null;
      JsonValue root = null;
      while (root == null) {
        if (!parser.hasNext()) {
          throw malformed("The request body is not complete JSON.", null);
        }
        JsonParser.Event event = parser.next();
        JsonValue done = null;
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (open.size() >= MAX_DEPTH) {
              throw malformed(
                  "The request body is nested more than " + MAX_DEPTH + " levels deep.", null);
            }
            keys.push(key == null ? "" : key);
            key = null;
            if (event == JsonParser.Event.START_OBJECT) {
              open.push(Jsonp.PROVIDER.createObjectBuilder());
              seen.push(new HashSet<>());
            } else {
              open.push(Jsonp.PROVIDER.createArrayBuilder());
            }
          }
          case KEY_NAME -> {
            key = parser.getString();
            if (ControlCharacters.containsAny(key)) {
              throw malformed(
                  "A member name of the request body contains a control character.", null);
            }
            if (!seen.peek().add(key)) {
              throw malformed("The member \"" + key + "\" appears twice in one object.", null);
            }
          }
          case END_OBJECT -> {
            done = ((JsonObjectBuilder) open.pop()).build();
            seen.pop();
            key = keys.pop();
          }
          case END_ARRAY -> {
            done = ((JsonArrayBuilder) open.pop()).build();
            key = keys.pop();
          }
          default -> done = parser.getValue();
        }
        if (done != null) {
          if (open.isEmpty()) {
            root = done;
          } else if (open.peek() instanceof JsonObjectBuilder object) {
            object.add(key, done);
            key = null;
          } else {
            ((JsonArrayBuilder) open.peek()).add(done);
            key = null;
          }
        }
      }
      if (parser.hasNext()) {
        throw malformed("The request body has text after its JSON value.", null);
      }
      return root;
    } catch (JsonException | IllegalStateException e) {
      throw malformed(
          "The request body is not valid JSON: check its syntax near "
              + (e instanceof JsonParsingException p && p.getLocation() != null
                  ? "line "
                      + p.getLocation().getLineNumber()
                      + ", column "
                      + p.getLocation().getColumnNumber()
                  : "its end")
              + ".",
          null);
    }
    // the parser's own limits (a number of more than 1100 digits, for one) surface as other
    // runtime exceptions; they are malformed input too, never a server error
    catch (UnsupportedOperationException | ArithmeticException | NumberFormatException e) {
      throw malformed("The request body holds a JSON value beyond the parser's limits.", null);
    }
  }

  /**
   * Adds to {@code errors} every value under {@code path} whose JSON type does not fit {@code
   * type}.
   */
  static void check(JsonValue value, Type type, String path, List<ApiError.FieldError> errors) {
    if (errors.size() >= MAX_DETAILS) {
      return;
    }
    Class<?> raw = rawType(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        errors.add(new ApiError.FieldError(name(path), "must not be null"));
      }
      return;
    }
    if (raw == Object.class || raw == JsonValue.class) {
      return;
    }
    String problem = null;
    if (JsonValue.class.isAssignableFrom(raw)) {
      if (!raw.isInstance(value)) {
        problem = "must be a JSON " + expected(type);
      }
    } else if (raw == String.class
        || raw == Character.class
        || raw == char.class
        || raw.isEnum()
        || raw == UUID.class
        || raw == URI.class
        || Temporal.class.isAssignableFrom(raw)
        || Duration.class == raw
        || ZoneId.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonString)) {
        problem = "must be a string";
      }
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        problem = "must be true or false";
      }
    } else if (isNumber(raw)) {
      problem = numberProblem(value, raw);
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      if (value instanceof JsonArray array) {
        Type element = elementType(type);
        for (int i = 0; i < array.size(); i++) {
          check(array.get(i), element, path + "[" + i + "]", errors);
        }
      } else {
        problem = "must be an array";
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (value instanceof JsonObject object) {
        Type valueType = typeArgument(type, 1);
        object.forEach((k, v) -> check(v, valueType, path + "[" + k + "]", errors));
      } else {
        problem = "must be an object";
      }
    } else if (value instanceof JsonObject object) {
      checkMembers(object, raw, path, errors);
    } else {
      problem = "must be an object";
    }
    if (problem != null) {
      errors.add(new ApiError.FieldError(name(path), problem));
    }
  }

  private static void checkMembers(
      JsonObject object, Class<?> raw, String path, List<ApiError.FieldError> errors) {
    BodyType body = BODY_TYPES.get(raw);
    for (Member member : body.members()) {
      JsonValue value = object.get(member.jsonName());
      if (value != null) {
        check(
            value,
            member.type(),
            path.isEmpty() ? member.jsonName() : path + "." + member.jsonName(),
            errors);
      }
    }
    if (!body.refusesUnknown()) {
      return;
    }
    // a member a record body type does not have is refused with its name (as Stripe refuses
    // unknown parameters): a misspelt optional field must not be silently ignored
    for (String name : object.keySet()) {
      if (!body.jsonNames().contains(name) && errors.size() < MAX_DETAILS) {
        errors.add(
            new ApiError.FieldError(
                name(path.isEmpty() ? name : path + "." + name), "is not a known field"));
      }
    }
  }

  /** A member of a body type: its JSON name ({@code @JsonbProperty} or the Java name), its type. */
  private record Member(String jsonName, Type type) {

    static Member of(String javaName, JsonbProperty renamed, Type type) {
      return new Member(
          renamed != null && !renamed.value().isEmpty() ? renamed.value() : javaName, type);
    }
  }

  /**
   * What the reader needs of a body type: its members, their JSON names, and whether a member it
   * does not have is refused (records: yes).
   */
  private record BodyType(List<Member> members, Set<String> jsonNames, boolean refusesUnknown) {

    BodyType(List<Member> members, boolean refusesUnknown) {
      this(
          List.copyOf(members),
          members.stream().map(Member::jsonName).collect(Collectors.toUnmodifiableSet()),
          refusesUnknown);
    }
  }

  /**
   * Each body type, read by reflection once per class rather than per request (the record
   * components' generic signatures were parsed again for every body: 3 % of an inbound webhook's
   * CPU in a JFR profile of its benchmark). A record's members are its components; another class's
   * its non-static, non-transient fields up its superclasses.
   */
  private static final ClassValue<BodyType> BODY_TYPES =
      new ClassValue<>() {
        @Override
        protected BodyType computeValue(Class<?> raw) {
          List<Member> members = new ArrayList<>();
          if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
              JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
              if (renamed == null) {
                renamed = component.getAnnotation(JsonbProperty.class);
              }
              members.add(Member.of(component.getName(), renamed, component.getGenericType()));
            }
            return new BodyType(members, true);
          }
          for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
              if (Modifier.isStatic(field.getModifiers())
                  || Modifier.isTransient(field.getModifiers())
                  || field.isAnnotationPresent(JsonbTransient.class)) {
                continue;
              }
              members.add(
                  Member.of(
                      field.getName(),
                      field.getAnnotation(JsonbProperty.class),
                      field.getGenericType()));
            }
          }
          return new BodyType(members, false);
        }
      };

  private static String numberProblem(JsonValue value, Class<?> raw) {
    if (!(value instanceof JsonNumber number)) {
      return "must be a number";
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (JsonNumberReach.scaleBeyond(decimal)) {
      return "is out of range";
    }
    boolean integral = decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    if (raw == BigDecimal.class || raw == Number.class) {
      return JsonNumberReach.digitsBeyond(decimal) ? "is out of range" : null;
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      double d = decimal.doubleValue();
      return Double.isInfinite(d) ? "is out of range" : null;
    }
    if (!integral) {
      return "must be a whole number";
    }
    if (raw == BigInteger.class) {
      return JsonNumberReach.digitsBeyond(decimal) ? "is out of range" : null;
    }
    long min;
    long max;
    if (raw == int.class || raw == Integer.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (raw == short.class || raw == Short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else if (raw == byte.class || raw == Byte.class) {
      min = Byte.MIN_VALUE;
      max = Byte.MAX_VALUE;
    } else {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    }
    return decimal.compareTo(BigDecimal.valueOf(min)) < 0
            || decimal.compareTo(BigDecimal.valueOf(max)) > 0
        ? "is out of range"
        : null;
  }

  private static boolean isNumber(Class<?> raw) {
    return Number.class.isAssignableFrom(raw)
        || (raw.isPrimitive() && raw != boolean.class && raw != char.class && raw != void.class);
  }

  private static String expected(Type type) {
    Class<?> raw = rawType(type);
    if (JsonArray.class.isAssignableFrom(raw)
        || Collection.class.isAssignableFrom(raw)
        || raw.isArray()) {
      return "array";
    }
    if (raw == JsonValue.class || raw == JsonStructure.class || raw == Object.class) {
      return "value";
    }
    return "object";
  }

  private static String name(String path) {
    return path.isEmpty() ? "body" : path;
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return rawType(p.getRawType());
    }
    if (type instanceof GenericArrayType a) {
      return Array.newInstance(rawType(a.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return rawType(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type elementType(Type type) {
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (type instanceof GenericArrayType a) {
      return a.getGenericComponentType();
    }
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static ApiException malformed(String message, List<ApiError.FieldError> details) {
    return new ApiException(400, ErrorCode.MALFORMED_JSON, message, details);
  }
}
