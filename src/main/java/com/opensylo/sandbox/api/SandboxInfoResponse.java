package com.opensylo.sandbox.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** {@code GET /sandbox/info} (SPEC §10). */
@JsonbPropertyOrder({
  "enabled",
  "environment",
  "version",
  "limitations",
  "documentationUrl",
  "rateLimits",
  "tokenExpiryDays"
})
public record SandboxInfoResponse(
    boolean enabled,
    String environment,
    String version,
    List<String> limitations,
    String documentationUrl,
    RateLimits rateLimits,
    int tokenExpiryDays) {

  /** Per-client request limits in the sandbox. */
  public record RateLimits(int requestsPerMinute, int requestsPerHour) {}
}
