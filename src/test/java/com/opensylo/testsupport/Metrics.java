package com.opensylo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's {@code /metrics} endpoint read as an operator's scraper reads it: over https, with
 * the administrator's credentials (ADMIN_USER / ADMIN_PASSWORD, else the development defaults the
 * build gave the test server), in the Prometheus text format.
 */
public final class Metrics {

  /** Where the server under test serves https. */
  public static final String HTTPS_URL =
      System.getProperty("opensylo.it.httpsUrl", "https://localhost:9443");

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private Metrics() {}

  /** One sample line: its metric name, labels and value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  /** Every sample of one scrape. */
  public record Scrape(List<Sample> samples) {

    /**
     * The value of the one sample named {@code name} whose labels include {@code labels} ({@code
     * "key", "value"} pairs); fails if there is none or more than one.
     */
    public double value(String name, String... labels) {
      List<Sample> found = find(name, labels);
      assertThat(found).as("samples of %s %s", name, List.of(labels)).hasSize(1);
      return found.get(0).value();
    }

    /** The value as a whole number (counters, counts, gauges of whole things). */
    public long count(String name, String... labels) {
      return Math.round(value(name, labels));
    }

    /** The value, if exactly one such sample exists. */
    public Optional<Double> optional(String name, String... labels) {
      List<Sample> found = find(name, labels);
      return found.size() == 1 ? Optional.of(found.get(0).value()) : Optional.empty();
    }

    private List<Sample> find(String name, String... labels) {
      List<Sample> found = new ArrayList<>();
      for (Sample s : samples) {
        if (!s.name().equals(name)) {
          continue;
        }
        boolean all = true;
        for (int i = 0; i + 1 < labels.length; i += 2) {
          all &= labels[i + 1].equals(s.labels().get(labels[i]));
        }
        if (all) {
          found.add(s);
        }
      }
      return found;
    }
  }

  /** {@code GET /metrics?scope=...} as the administrator. */
  public static Response get(String scope) {
    return RestAssured.given()
        .baseUri(HTTPS_URL)
        .relaxedHTTPSValidation()
        .auth()
        .preemptive()
        .basic(adminUser(), adminPassword())
        .queryParam("scope", scope)
        .get("/metrics");
  }

  /** The application's metrics ({@code /metrics?scope=application}), parsed. */
  public static Scrape application() {
    Response response = get("application");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return parse(response.asString());
  }

  /** Parses the Prometheus text exposition format (comments and blank lines skipped). */
  public static Scrape parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(trimmed);
      assertThat(m.matches()).as("a Prometheus sample line: %s", trimmed).isTrue();
      Map<String, String> labels = new java.util.TreeMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, number(m.group(3))));
    }
    return new Scrape(List.copyOf(samples));
  }

  private static double number(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  /** The administrator's user name: ADMIN_USER, else the server.xml default. */
  public static String adminUser() {
    String user = System.getenv("ADMIN_USER");
    return user == null || user.isEmpty() ? "admin" : user;
  }

  /** The administrator's password: ADMIN_PASSWORD, else the build's development default. */
  public static String adminPassword() {
    String password = System.getenv("ADMIN_PASSWORD");
    return password == null || password.isEmpty()
        ? System.getProperty("opensylo.it.adminPassword")
        : password;
  }
}
