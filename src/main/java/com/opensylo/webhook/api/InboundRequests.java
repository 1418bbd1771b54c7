package com.opensylo.webhook.api;

import com.opensylo.webhook.service.InboundSignature;
import com.opensylo.webhook.service.InboundWebhooks;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an inbound webhook request: its signature headers and those kept for audit. */
final class InboundRequests {

  static final String MARKETPLACE_ID = "X-Marketplace-Id";
  static final String TIMESTAMP = "X-Marketplace-Timestamp";
  static final String EVENT_ID = "X-Marketplace-Event-Id";
  static final String SIGNATURE = "X-Marketplace-Signature";

  private static final List<String> AUDITED =
      List.of(
          MARKETPLACE_ID,
          TIMESTAMP,
          EVENT_ID,
          SIGNATURE,
          HttpHeaders.CONTENT_TYPE,
          HttpHeaders.USER_AGENT,
          "X-Request-Id");

  private InboundRequests() {}

  static InboundWebhooks.Request of(HttpHeaders headers, byte[] body) {
    Map<String, String> audit = new LinkedHashMap<>();
    for (String name : AUDITED) {
      String value = headers.getHeaderString(name);
      if (value != null) {
        audit.put(name, value.length() > 512 ? value.substring(0, 512) : value);
      }
    }
    return new InboundWebhooks.Request(
        new InboundSignature.Headers(
            single(headers, MARKETPLACE_ID),
            single(headers, TIMESTAMP),
            single(headers, EVENT_ID),
            single(headers, SIGNATURE)),
        audit,
        body == null ? new byte[0] : body);
  }

  /** The header's one value; null when absent or repeated (a repeated header is ambiguous). */
  private static String single(HttpHeaders headers, String name) {
    List<String> values = headers.getRequestHeader(name);
    return values == null || values.size() != 1 ? null : values.get(0);
  }
}
