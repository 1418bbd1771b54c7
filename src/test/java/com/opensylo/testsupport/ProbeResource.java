package com.opensylo.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Test-only endpoints (added to the deployment by {@link Deployments}, never shipped) that drive
 * the shared error handling: a validated JSON body, a validated query parameter, and an endpoint
 * that fails unexpectedly.
 */
@Path("/__probe")
@RequestScoped
public class ProbeResource {

  @jakarta.inject.Inject com.opensylo.identity.service.JwtSigner signingKeys;
  @jakarta.inject.Inject com.opensylo.webhook.domain.WebhookDeliveryRepository deliveries;
  @jakarta.inject.Inject com.opensylo.webhook.service.WebhookDispatcher webhookDispatcher;
  @jakarta.inject.Inject com.opensylo.webhook.service.DeliveryClaims webhookClaims;
  @jakarta.inject.Inject com.opensylo.marketplace.domain.MarketplaceUserRepository users;
  @jakarta.inject.Inject com.opensylo.identity.domain.MerchantAccountRepository merchants;

  /** A body with nested, renamed and listed fields, to check how violations are named. */
  public record ProbeRequest(
      @NotBlank String name,
      @JsonbProperty("redirect_uris") @NotEmpty List<@NotBlank String> redirectUris,
      @NotNull @Valid ProbeItem item) {}

  /** A nested block. */
  public record ProbeItem(@NotNull @Min(0) Integer gmv30Days) {}

  @POST
  @Path("/echo")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ProbeRequest echo(@NotNull @Valid ProbeRequest request) {
    return request;
  }

  @jakarta.inject.Inject jakarta.validation.ValidatorFactory validatorFactory;

  /** The class of the traversable resolver the application's Bean Validation uses. */
  @GET
  @Path("/traversable-resolver")
  @Produces(MediaType.TEXT_PLAIN)
  public String traversableResolver() {
    return validatorFactory.getTraversableResolver().getClass().getName();
  }

  @GET
  @Path("/page")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Integer> page(@QueryParam("size") @Min(1) @Max(100) Integer size) {
    return List.of(size == null ? 20 : size);
  }

  /** Moves the server's clock by an ISO-8601 duration from real time ({@code PT0S} resets it). */
  @POST
  @Path("/clock")
  public void setClockOffset(@QueryParam("offset") String offset) {
    MutableClock.offset = java.time.Duration.parse(offset);
  }

  /** Puts the clock back to real time and removes every configuration override. */
  @POST
  @Path("/restore")
  public void restore() {
    MutableClock.offset = java.time.Duration.ZERO;
    TestConfigSource.VALUES.clear();
  }

  /** Sets a configuration value for the running server; an empty value removes the override. */
  @POST
  @Path("/config")
  public void setConfig(@QueryParam("key") String key, @QueryParam("value") String value) {
    if (value == null || value.isEmpty()) {
      TestConfigSource.VALUES.remove(key);
    } else {
      TestConfigSource.VALUES.put(key, value);
    }
  }

  /**
   * Signs arbitrary claims (JSON object) with the server's own active key: for expired and
   * foreign-issuer cases.
   */
  @POST
  @Path("/mint")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.TEXT_PLAIN)
  public String mint(String claimsJson, @jakarta.ws.rs.QueryParam("typ") String typ)
      throws java.text.ParseException {
    com.nimbusds.jwt.JWTClaimsSet claims = com.nimbusds.jwt.JWTClaimsSet.parse(claimsJson);
    return typ == null
        ? signingKeys.sign(claims)
        : signingKeys.sign(claims, new com.nimbusds.jose.JOSEObjectType(typ));
  }

  /** A bearer-protected endpoint that needs {@code credit.score.read}, for the scope check. */
  @GET
  @Path("/scoped")
  @Produces(MediaType.APPLICATION_JSON)
  @com.opensylo.shared.security.RequiresScope("credit.score.read")
  public java.util.Map<String, String> scoped(
      @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
    return java.util.Map.of("subject", security.getUserPrincipal().getName());
  }

  /**
   * Writes one PENDING outbound delivery for a marketplace, as the loan events will (the log has no
   * other writer yet).
   */
  @POST
  @Path("/webhook-delivery")
  @jakarta.transaction.Transactional
  public void webhookDelivery(
      @QueryParam("marketplaceId") String marketplaceId, @QueryParam("event") String event) {
    deliveries.add(
        new com.opensylo.webhook.domain.WebhookDelivery(
            java.util.UUID.fromString(marketplaceId),
            java.util.UUID.randomUUID(),
            event,
            "{\"event\":\"" + event + "\"}",
            java.time.Instant.now()));
  }

  /**
   * Runs one poll of the outbound webhook worker now (claims what is due at the server's clock and
   * starts its attempts), so a test need not wait for the poll interval; answers how many it
   * started.
   */
  @POST
  @Path("/webhook-poll")
  @Produces(MediaType.TEXT_PLAIN)
  public String webhookPoll() {
    return Integer.toString(webhookDispatcher.poll());
  }

  /**
   * Puts off every pending outbox row of the marketplaces not in {@code keep} by ten years (rows
   * left by tests that have finished, whose receivers are closed), so that the node-wide webhook
   * metrics move only by the attempts of the test that asks; answers how many rows it put off.
   */
  @POST
  @Path("/webhook-park")
  @Produces(MediaType.TEXT_PLAIN)
  @jakarta.transaction.Transactional
  public String webhookPark(@QueryParam("keep") List<String> keep) {
    List<java.util.UUID> kept = keep.stream().map(java.util.UUID::fromString).toList();
    int parked =
        em.createQuery(
                "update WebhookDelivery d set d.nextAttemptAt = :until"
                    + " where d.status = :pending and d.marketplaceId not in :keep")
            .setParameter("until", java.time.Instant.now().plus(java.time.Duration.ofDays(3650)))
            .setParameter("pending", com.opensylo.webhook.domain.DeliveryStatus.PENDING)
            .setParameter("keep", kept.isEmpty() ? List.of(java.util.UUID.randomUUID()) : kept)
            .executeUpdate();
    return Integer.toString(parked);
  }

  /**
   * Leases up to {@code capacity} due outbox rows in one claim transaction, as another node's
   * worker would, without sending them: the ids it took (for the claim race test).
   */
  @POST
  @Path("/webhook-claim")
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> webhookClaim(@QueryParam("capacity") int capacity) {
    return webhookClaims.claim(capacity, java.util.Map.of(), 1000).stream()
        .map(c -> c.deliveryId().toString())
        .toList();
  }

  /**
   * Gives a dashboard user (or, with {@code kind=merchant}, a merchant) an old-style PBKDF2 hash of
   * {@code password}, as accounts made before Argon2id have.
   */
  @POST
  @Path("/legacy-password")
  @jakarta.transaction.Transactional
  public void legacyPassword(
      @QueryParam("kind") String kind,
      @QueryParam("email") String email,
      @QueryParam("password") String password)
      throws java.security.GeneralSecurityException {
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    byte[] hash =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 600_000, 256))
            .getEncoded();
    java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
    String legacy =
        "pbkdf2-sha256$600000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    if ("merchant".equals(kind)) {
      merchants.findByEmail(email).orElseThrow().rehashPassword(legacy);
    } else {
      users.findByEmail(email).orElseThrow().rehashPassword(legacy);
    }
  }

  /**
   * The scheme of a dashboard user's (or merchant's) stored password hash ({@code argon2id}, {@code
   * pbkdf2-sha256}).
   */
  @GET
  @Path("/password-scheme")
  @Produces(MediaType.TEXT_PLAIN)
  @jakarta.transaction.Transactional
  public String passwordScheme(@QueryParam("kind") String kind, @QueryParam("email") String email) {
    String stored =
        "merchant".equals(kind)
            ? merchants.findByEmail(email).orElseThrow().passwordHash()
            : users.findByEmail(email).orElseThrow().passwordHash();
    return stored.startsWith("$argon2id$") ? "argon2id" : stored.substring(0, stored.indexOf('$'));
  }

  /** Tables whose content the hostile-input test compares around refused requests. */
  static final List<String> STATE_TABLES =
      List.of(
          "signing_key",
          "oauth_client",
          "oauth_client_secret",
          "merchant_account",
          "oauth_grant",
          "authorization_request",
          "authorization_code",
          "refresh_token",
          "revoked_access_token",
          "marketplace",
          "marketplace_user",
          "webhook_endpoint",
          "webhook_delivery",
          "merchant_link",
          "merchant_submission",
          "loan",
          "loan_ledger_entry",
          "settlement",
          "settlement_allocation",
          "balance_discrepancy",
          "inbound_event");

  @jakarta.persistence.PersistenceContext(unitName = "opensylo")
  jakarta.persistence.EntityManager em;

  /**
   * Forgets every counted sign-in failure: every test runs from 127.0.0.1, so a test of the
   * per-address throttle must not leave that address locked for the tests after it.
   */
  @POST
  @Path("/forget-sign-in-failures")
  @jakarta.transaction.Transactional
  public void forgetSignInFailures() {
    em.createQuery("delete from SignInFailure").executeUpdate();
  }

  /**
   * {@code {table: "rows:hash"}} for every stored table but the audit trail: the row count and a
   * hash of every row's content, so a test can prove a refused request stored or changed nothing.
   */
  @GET
  @Path("/state")
  @Produces(MediaType.APPLICATION_JSON)
  @jakarta.transaction.Transactional
  public java.util.Map<String, String> state() {
    java.util.Map<String, String> state = new java.util.TreeMap<>();
    for (String table : STATE_TABLES) {
      List<?> rows = em.createNativeQuery("select * from " + table).getResultList();
      List<String> shown = new java.util.ArrayList<>();
      for (Object row : rows) {
        shown.add(
            row instanceof Object[] columns
                ? java.util.Arrays.deepToString(columns)
                : String.valueOf(row));
      }
      java.util.Collections.sort(shown);
      state.put(table, rows.size() + ":" + shown.hashCode());
    }
    return state;
  }

  /**
   * {@code {links, submissions}}: the merchant links and stored submissions of one marketplace, so
   * an ingestion test can prove what a call stored, or that it stored nothing.
   */
  @GET
  @Path("/ingestion-rows")
  @Produces(MediaType.APPLICATION_JSON)
  @jakarta.transaction.Transactional
  public java.util.Map<String, Long> ingestionRows(
      @QueryParam("marketplaceId") String marketplaceId) {
    return java.util.Map.of(
        "links",
        ((Number)
                em.createNativeQuery("select count(*) from merchant_link where marketplace_id = ?1")
                    .setParameter(1, marketplaceId)
                    .getSingleResult())
            .longValue(),
        "submissions",
        ((Number)
                em.createNativeQuery(
                        "select count(*) from merchant_submission where marketplace_id = ?1")
                    .setParameter(1, marketplaceId)
                    .getSingleResult())
            .longValue());
  }

  /**
   * What the lending features stored for one marketplace: inbound events, ledger entries,
   * settlements, allocations, discrepancies, and the outbox rows by event type ({@code
   * outbox.loan.completed}), so a webhook test can prove an effect happened once, or not at all.
   */
  @GET
  @Path("/lending-rows")
  @Produces(MediaType.APPLICATION_JSON)
  @jakarta.transaction.Transactional
  public java.util.Map<String, Long> lendingRows(
      @QueryParam("marketplaceId") String marketplaceId) {
    java.util.Map<String, Long> rows = new java.util.TreeMap<>();
    for (String table :
        List.of(
            "inbound_event", "loan_ledger_entry", "settlement", "balance_discrepancy", "loan")) {
      rows.put(
          table,
          ((Number)
                  em.createNativeQuery(
                          "select count(*) from " + table + " where marketplace_id = ?1")
                      .setParameter(1, marketplaceId)
                      .getSingleResult())
              .longValue());
    }
    rows.put(
        "settlement_allocation",
        ((Number)
                em.createNativeQuery(
                        "select count(*) from settlement_allocation a join settlement s on s.id ="
                            + " a.settlement_id where s.marketplace_id = ?1")
                    .setParameter(1, marketplaceId)
                    .getSingleResult())
            .longValue());
    @SuppressWarnings("unchecked")
    List<Object[]> outbox =
        em.createNativeQuery(
                "select event_type, count(*) from webhook_delivery where marketplace_id = ?1"
                    + " group by event_type")
            .setParameter(1, marketplaceId)
            .getResultList();
    for (Object[] row : outbox) {
      rows.put("outbox." + row[0], ((Number) row[1]).longValue());
    }
    return rows;
  }

  /**
   * Moves a loan's stored total paid by {@code delta} behind the ledger's back (and back again), so
   * a test can prove the ledger invariant check sees a breach.
   */
  @POST
  @Path("/skew-loan")
  @jakarta.transaction.Transactional
  public void skewLoan(@QueryParam("loanId") String loanId, @QueryParam("delta") String delta) {
    em.createNativeQuery("update loan set total_paid = total_paid + ?1 where id = ?2")
        .setParameter(1, new java.math.BigDecimal(delta))
        .setParameter(2, loanId)
        .executeUpdate();
  }

  @GET
  @Path("/boom")
  @Produces(MediaType.APPLICATION_JSON)
  public String boom() {
    throw new IllegalStateException(
        "internal detail: jdbc password=hunter2 at com.opensylo.Secret");
  }

  /**
   * Fails the way a request does when the database fails: {@code unreachable} (a connection refused
   * under Hibernate's and JPA's wrappers), {@code contention} (a deadlock), {@code unknown} (the
   * connection lost during the commit).
   */
  @GET
  @Path("/database-failure")
  @Produces(MediaType.APPLICATION_JSON)
  public String databaseFailure(@QueryParam("kind") String kind) throws Exception {
    java.sql.SQLException refused =
        new java.sql.SQLNonTransientConnectionException("Connection refused", "08001");
    switch (kind) {
      case "unreachable" ->
          throw new jakarta.persistence.PersistenceException(
              new org.hibernate.exception.JDBCConnectionException(
                  "Unable to acquire JDBC Connection", refused));
      case "contention" ->
          throw new jakarta.persistence.PessimisticLockException(
              new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213));
      case "unknown" ->
          throw new jakarta.transaction.TransactionalException(
              "commit failed",
              new jakarta.transaction.HeuristicMixedException("08S01 during commit"));
      case "generic" ->
          throw new jakarta.persistence.PersistenceException(
              new java.sql.SQLException("No operations allowed after statement closed.", "S1009"));
      default -> throw new IllegalArgumentException(kind);
    }
  }

  @jakarta.inject.Inject com.opensylo.sandbox.service.SandboxReset sandboxReset;
  @jakarta.inject.Inject com.opensylo.sandbox.service.SandboxResetScheduler sandboxScheduler;

  /** Runs the sandbox reset of the slot {@code due} now, as a node's scheduler would. */
  @POST
  @Path("/sandbox-reset")
  @Produces(MediaType.APPLICATION_JSON)
  public java.util.Map<String, Object> sandboxReset(@QueryParam("due") String due) {
    return resetOutcome(sandboxReset.runOnce(java.time.Instant.parse(due)));
  }

  /** What a node does at start-up with the sandbox off: the published identity suspended. */
  @POST
  @Path("/sandbox-retire")
  public void sandboxRetire() {
    sandboxReset.retire();
  }

  /** What a node does at start-up with the sandbox on: the published world built or put back. */
  @POST
  @Path("/sandbox-seed")
  public void sandboxSeed() {
    sandboxReset.seed();
  }

  @jakarta.inject.Inject com.opensylo.shared.crypto.PasswordHasher passwordHasher;

  /** A dashboard user added straight to a marketplace (the sandbox's publishes no OWNER). */
  @POST
  @Path("/marketplace-user")
  @jakarta.transaction.Transactional
  public void addMarketplaceUser(
      @QueryParam("marketplaceId") String marketplaceId,
      @QueryParam("email") String email,
      @QueryParam("password") String password) {
    users.add(
        new com.opensylo.marketplace.domain.MarketplaceUser(
            java.util.UUID.fromString(marketplaceId),
            email,
            passwordHasher.hash(password),
            "Extra",
            "User",
            com.opensylo.marketplace.domain.UserRole.ADMIN,
            java.time.Instant.now()));
  }

  /** One poll of this node's sandbox reset scheduler, by the (moved) clock. */
  @POST
  @Path("/sandbox-poll")
  @Produces(MediaType.APPLICATION_JSON)
  public java.util.Map<String, Object> sandboxPoll() {
    return resetOutcome(sandboxScheduler.poll());
  }

  private static java.util.Map<String, Object> resetOutcome(
      java.util.Optional<com.opensylo.sandbox.service.SandboxReset.Outcome> outcome) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("ran", outcome.isPresent());
    outcome.ifPresent(
        o -> {
          m.put("dueAt", o.dueAt().toString());
          m.put("removedRows", o.removedRows());
          m.put("merchantsSeeded", o.seeded().merchantsSeeded());
          m.put("loansSeeded", o.seeded().loansSeeded());
        });
    return m;
  }

  /**
   * Every row a marketplace owns, each column as text, by table and sorted: what "byte-identical"
   * compares before and after a sandbox reset.
   */
  @GET
  @Path("/marketplace-dump")
  @Produces(MediaType.APPLICATION_JSON)
  @jakarta.transaction.Transactional
  public java.util.Map<String, List<String>> marketplaceDump(
      @QueryParam("marketplaceId") String marketplaceId) {
    java.util.Map<String, String> queries = new java.util.LinkedHashMap<>();
    queries.put("marketplace", "select * from marketplace where id = ?1");
    queries.put("marketplace_user", "select * from marketplace_user where marketplace_id = ?1");
    queries.put("webhook_endpoint", "select * from webhook_endpoint where marketplace_id = ?1");
    queries.put("webhook_delivery", "select * from webhook_delivery where marketplace_id = ?1");
    queries.put(
        "webhook_delivery_attempt",
        "select a.* from webhook_delivery_attempt a join webhook_delivery d on d.id ="
            + " a.delivery_id where d.marketplace_id = ?1");
    queries.put("merchant_link", "select * from merchant_link where marketplace_id = ?1");
    queries.put(
        "merchant_submission", "select * from merchant_submission where marketplace_id = ?1");
    queries.put("loan", "select * from loan where marketplace_id = ?1");
    queries.put("loan_ledger_entry", "select * from loan_ledger_entry where marketplace_id = ?1");
    queries.put(
        "deduction_claim",
        "select c.* from deduction_claim c join loan_ledger_entry e on e.id = c.entry_id"
            + " where e.marketplace_id = ?1");
    queries.put(
        "settlement_allocation",
        "select a.* from settlement_allocation a join loan_ledger_entry e on e.id = a.entry_id"
            + " where e.marketplace_id = ?1");
    queries.put(
        "oauth_client_secret",
        "select s.* from oauth_client_secret s join marketplace m on m.client_pk = s.client_pk"
            + " where m.id = ?1");
    queries.put("settlement", "select * from settlement where marketplace_id = ?1");
    queries.put("inbound_event", "select * from inbound_event where marketplace_id = ?1");
    queries.put(
        "balance_discrepancy", "select * from balance_discrepancy where marketplace_id = ?1");
    queries.put(
        "oauth_client",
        "select c.* from oauth_client c join marketplace m on m.client_pk = c.id where m.id = ?1");
    queries.put(
        "oauth_grant",
        "select g.* from oauth_grant g join marketplace m on m.client_pk = g.client_pk"
            + " where m.id = ?1");
    java.util.Map<String, List<String>> dump = new java.util.TreeMap<>();
    queries.forEach(
        (table, sql) -> {
          @SuppressWarnings("unchecked")
          List<Object> rows =
              em.createNativeQuery(sql).setParameter(1, marketplaceId).getResultList();
          dump.put(
              table,
              rows.stream()
                  .map(
                      r ->
                          r instanceof Object[] a
                              ? java.util.Arrays.deepToString(a)
                              : String.valueOf(r))
                  .sorted()
                  .toList());
        });
    return dump;
  }
}
