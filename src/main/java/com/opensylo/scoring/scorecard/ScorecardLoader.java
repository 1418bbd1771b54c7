package com.opensylo.scoring.scorecard;

import com.opensylo.shared.web.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a scorecard file (JSON) and builds a {@link Scorecard}, which checks every rule. JSON
 * because bins and texts nest naturally and an analyst can read the file; it is parsed with JSON-P,
 * which the server provides (Liberty's {@code jsonp-2.1}), so the WAR carries no parser of its own.
 * Every problem is an {@link InvalidScorecardException} whose message starts with the source and
 * names the JSON path ({@code components[3].metrics[1].bins[0].points}) or the broken rule.
 */
public final class ScorecardLoader {

  /** The scorecard the model runs with. */
  public static final String CURRENT = "scoring/scorecard-v1.json";

  private ScorecardLoader() {}

  /** The {@link #CURRENT} scorecard. */
  public static Scorecard current() {
    return fromClassPath(CURRENT);
  }

  /** A scorecard file on the class path, e.g. {@code scoring/scorecard-v1.json}. */
  public static Scorecard fromClassPath(String resource) {
    ClassLoader loader = ScorecardLoader.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidScorecardException(
            "scorecard " + resource + ": not found on the class path");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new InvalidScorecardException("scorecard " + resource + ": cannot be read", e);
    }
  }

  /** A scorecard read from {@code json}; {@code source} names it in error messages. */
  public static Scorecard read(Reader json, String source) {
    JsonObject root;
    try (JsonReader reader = Jsonp.PROVIDER.createReader(json)) {
      root = reader.readObject();
    } catch (JsonParsingException e) {
      throw new InvalidScorecardException(
          "scorecard " + source + ": not valid JSON (" + e.getMessage() + ")", e);
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidScorecardException(
          "scorecard " + source + ": not a JSON object (" + e.getMessage() + ")", e);
    }
    try {
      return scorecard(new Node(root, ""));
    } catch (InvalidScorecardException e) {
      throw new InvalidScorecardException("scorecard " + source + ": " + e.getMessage(), e);
    }
  }

  private static Scorecard scorecard(Node root) {
    Node spike = root.object("spikeRule");
    return new Scorecard(
        root.string("version"),
        root.string("modelVersion"),
        root.string("reasonCatalogueVersion"),
        root.list("tiers", ScorecardLoader::tier),
        new SpikeRule(
            spike.integer("minMonths"),
            spike.decimal("multipleOfMedian"),
            spike.integer("recentMonths")),
        root.list("components", ScorecardLoader::component),
        root.list("penalties", ScorecardLoader::penalty));
  }

  private static TierBand tier(Node node) {
    return new TierBand(
        node.enumValue("tier", RiskTier.class),
        node.integer("minScore"),
        node.decimal("lendingPercent"));
  }

  private static ComponentRule component(Node node) {
    Node missing = node.object("missingReason");
    return new ComponentRule(
        node.enumValue("component", Component.class),
        node.integer("weight"),
        missing.string("code"),
        missing.string("text"),
        node.list("metrics", ScorecardLoader::metric));
  }

  private static MetricRule metric(Node node) {
    Metric metric = node.enumValue("metric", Metric.class);
    Direction better = node.enumValue("better", Direction.class);
    if (better != metric.direction()) {
      throw node.problem(
          "better", metric + " improves when it is " + metric.direction() + ", not " + better);
    }
    String thresholdKey = better == Direction.HIGHER ? "atLeast" : "atMost";
    Node reason = node.object("reason");
    return new MetricRule(
        metric,
        node.integer("points"),
        node.list("bins", bin -> new Bin(bin.decimal(thresholdKey), bin.integer("points"))),
        new ReasonText(
            reason.string("code"),
            reason.string("label"),
            reason.optionalString("unit"),
            reason.string("action"),
            reason.optionalString("unknownAction")));
  }

  private static PenaltyRule penalty(Node node) {
    String cap = node.optionalString("tierCap");
    return new PenaltyRule(
        node.enumValue("flag", RiskFlag.class),
        node.integer("points"),
        node.integer("maxPoints"),
        cap == null ? null : node.enumValue("tierCap", RiskTier.class),
        node.object("reason").string("code"),
        node.object("reason").string("text"));
  }

  /** A JSON object and its path, with typed getters that name the path when a value is wrong. */
  private record Node(JsonObject json, String path) {

    InvalidScorecardException problem(String key, String message) {
      return new InvalidScorecardException(at(key) + ": " + message);
    }

    private String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    private JsonValue value(String key) {
      JsonValue value = json.get(key);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        throw problem(key, "missing");
      }
      return value;
    }

    private <T> T typed(String key, Class<T> type, String expected) {
      JsonValue value = value(key);
      if (!type.isInstance(value)) {
        throw problem(key, "must be " + expected + ", found " + value);
      }
      return type.cast(value);
    }

    String string(String key) {
      return typed(key, JsonString.class, "a string").getString();
    }

    String optionalString(String key) {
      return json.containsKey(key) && !json.isNull(key) ? string(key) : null;
    }

    BigDecimal decimal(String key) {
      return typed(key, JsonNumber.class, "a number").bigDecimalValue();
    }

    int integer(String key) {
      JsonNumber number = typed(key, JsonNumber.class, "an integer");
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        throw problem(key, "must be an integer, found " + number);
      }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
      String name = string(key);
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw problem(
            key,
            "unknown "
                + type.getSimpleName()
                + " "
                + name
                + "; one of "
                + Arrays.toString(type.getEnumConstants()));
      }
    }

    Node object(String key) {
      return new Node(typed(key, JsonObject.class, "an object"), at(key));
    }

    <T> List<T> list(String key, Function<Node, T> item) {
      JsonArray array = typed(key, JsonArray.class, "an array");
      List<T> items = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        String itemPath = at(key) + "[" + i + "]";
        if (!(array.get(i) instanceof JsonObject object)) {
          throw new InvalidScorecardException(itemPath + ": must be an object");
        }
        try {
          items.add(item.apply(new Node(object, itemPath)));
        } catch (InvalidScorecardException e) {
          throw e.getMessage().startsWith(itemPath)
              ? e
              : new InvalidScorecardException(itemPath + ": " + e.getMessage(), e);
        }
      }
      return items;
    }
  }
}
