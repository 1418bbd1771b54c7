package com.opensylo.webhook.domain;

import java.util.List;

/** What OpenSylo sends to a marketplace's webhook endpoint, and how it is signed (SPEC §9). */
public final class OutboundEvents {

  /** The loan events every endpoint receives. */
  public static final List<String> LOAN_EVENTS =
      List.of(
          "loan.approved",
          "loan.disbursed",
          "loan.completed",
          "loan.cancelled",
          "loan.defaulted",
          "loan.written_off");

  /** The header carrying {@code sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>}. */
  public static final String SIGNATURE_HEADER = "X-OpenSylo-Signature";

  private OutboundEvents() {}
}
