package com.opensylo.loan;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.merchant.Ingestion;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the lending tests do over HTTP, as an operator and a marketplace would: onboard a
 * marketplace, get a merchant scored, originate and disburse a loan through the admin API, and send
 * signed inbound webhooks with a plain JDK HTTP client (the bytes signed are the bytes sent).
 */
public final class Lending {

  public static final String REPAYMENT = "/api/v1/webhooks/marketplace/repayment";
  public static final String SETTLEMENT = "/api/v1/webhooks/marketplace/settlement";
  public static final String LOANS = "/v1/admin/loans";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Lending() {}

  /** A marketplace with a token allowed every scope, repayment.report included. */
  public record Shop(Marketplaces.Onboarded marketplace, String token) {
    public String id() {
      return marketplace.id();
    }

    public String secret() {
      return marketplace.webhookSecret();
    }
  }

  /** A linked, scored merchant. */
  public record Borrower(String merchantId, String accountId, String tier, String cap) {}

  public static Shop shop() {
    String email = "owner-" + UUID.randomUUID() + "@shop.example";
    Map<String, Object> body =
        Marketplaces.onboardingBody(Marketplaces.platformName(), "PRODUCTION", email);
    body.put("allowedScopes", List.of((Ingestion.ALL_SCOPES + " repayment.report").split(" ")));
    Response response =
        OAuth.admin().contentType(ContentType.JSON).body(body).post("/v1/admin/marketplaces");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    JsonPath json = response.jsonPath();
    @SuppressWarnings("unchecked")
    Map<String, Object> owner = (Map<String, Object>) body.get("owner");
    Marketplaces.Onboarded m =
        new Marketplaces.Onboarded(
            json.getString("marketplace.id"),
            json.getString("marketplace.platformName"),
            json.getString("credentials.clientId"),
            OAuth.remember(json.getString("credentials.clientSecret")),
            OAuth.remember(json.getString("credentials.webhookSecret")),
            json.getString("owner.id"),
            email,
            (String) owner.get("password"));
    return new Shop(m, OAuth.clientCredentials(m.clientId(), m.clientSecret(), null));
  }

  /** A merchant of {@code shop} that consented and whose standard data was scored. */
  public static Borrower borrower(Shop shop) {
    return borrower(shop, payload -> {});
  }

  /** As {@link #borrower(Shop)}, with the submission changed by {@code tweak} first. */
  public static Borrower borrower(Shop shop, Consumer<Map<String, Object>> tweak) {
    Ingestion.Merchant merchant = Ingestion.consent(shop.marketplace(), Ingestion.ALL_SCOPES);
    String merchantId = Ingestion.merchantId();
    Map<String, Object> payload = Ingestion.payload(merchantId);
    tweak.accept(payload);
    JsonPath scored = Ingestion.accepted(merchant.accessToken(), payload);
    return new Borrower(
        merchantId,
        merchant.accountId(),
        scored.getString("creditScore.riskTier"),
        scored.getString("creditScore.maxLendingAmount"));
  }

  /** The SPEC §5 origination body. */
  public static Map<String, Object> application(
      Shop shop, String merchantId, Object principal, Object fee, Object rate) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("marketplaceId", shop.id());
    body.put("merchantId", merchantId);
    body.put("principalAmount", principal);
    body.put("feeAmount", fee);
    body.put("deductionRate", rate);
    body.put("currency", "NGN");
    return body;
  }

  public static Response originate(Map<String, Object> application) {
    return OAuth.admin().contentType(ContentType.JSON).body(application).post(LOANS);
  }

  public static Response transition(String loanId, String action) {
    return OAuth.admin().post(LOANS + "/" + loanId + "/" + action);
  }

  /** An APPROVED loan of {@code principal} + {@code fee} at 10 %. */
  public static JsonPath approvedLoan(Shop shop, Borrower borrower, String principal, String fee) {
    Response created =
        originate(
            application(
                shop, borrower.merchantId(), Double.valueOf(principal), Double.valueOf(fee), 10));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    return created.jsonPath();
  }

  /** An ACTIVE loan of {@code principal} + {@code fee} at 10 %: its id. */
  public static String activeLoan(Shop shop, Borrower borrower, String principal, String fee) {
    String id = approvedLoan(shop, borrower, principal, fee).getString("loan.loanId");
    Response disbursed = transition(id, "disburse");
    assertThat(disbursed.statusCode()).as(disbursed.asString()).isEqualTo(200);
    return id;
  }

  public static JsonPath loan(String loanId) {
    Response response = OAuth.admin().get(LOANS + "/" + loanId);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath();
  }

  /** A {@code repayment.deducted} body for {@code loanId}. */
  public static String deduction(
      Shop shop,
      Borrower borrower,
      String loanId,
      String eventId,
      String reference,
      String amount) {
    return """
        {"event":"repayment.deducted","event_id":"%s","timestamp":"%s",\
        "marketplace":{"id":"%s","name":"shop"},\
        "merchant":{"marketplace_id":"%s"},\
        "loan":{"opensylo_id":"%s"},\
        "deduction":{"reference":"%s","amount":%s,"currency":"NGN","deducted_at":"%s"},\
        "source_transaction":{"id":"tx-%s","type":"SALE","gross_amount":1000.00,"timestamp":"%s"}}"""
        .formatted(
            eventId,
            Instant.now(),
            shop.id(),
            borrower.merchantId(),
            loanId,
            reference,
            amount,
            Instant.now(),
            reference,
            Instant.now());
  }

  /** A {@code repayment.reversed} body for the deduction {@code original}. */
  public static String reversal(Shop shop, String loanId, String eventId, String original) {
    return """
        {"event":"repayment.reversed","event_id":"%s","timestamp":"%s",\
        "marketplace":{"id":"%s"},"loan":{"opensylo_id":"%s"},\
        "reversal":{"original_reference":"%s","reason":"refund"}}"""
        .formatted(eventId, Instant.now(), shop.id(), loanId, original);
  }

  /** A webhook request to send, signed unless told otherwise. */
  public static final class Signed {
    private final Shop shop;
    private final String path;
    private String body;
    private String eventId;
    private String marketplaceId;
    private String secret;
    private long timestamp = Instant.now().getEpochSecond();
    private String signatureOverride;
    private String signedBody;

    Signed(Shop shop, String path, String body, String eventId) {
      this.shop = shop;
      this.path = path;
      this.body = body;
      this.eventId = eventId;
      this.marketplaceId = shop.id();
      this.secret = shop.secret();
    }

    public Signed secret(String secret) {
      this.secret = secret;
      return this;
    }

    public Signed timestamp(long unixSeconds) {
      this.timestamp = unixSeconds;
      return this;
    }

    public Signed eventIdHeader(String eventId) {
      this.eventId = eventId;
      return this;
    }

    public Signed marketplaceHeader(String marketplaceId) {
      this.marketplaceId = marketplaceId;
      return this;
    }

    public Signed signature(String signature) {
      this.signatureOverride = signature;
      return this;
    }

    /** Signs {@code body} but sends {@code sent}: a body changed on the way. */
    public Signed tamperedTo(String sent) {
      this.signedBody = body;
      this.body = sent;
      return this;
    }

    public HttpResponse<String> send() {
      String signature =
          signatureOverride != null
              ? signatureOverride
              : "sha256=" + hmac(secret, timestamp, signedBody != null ? signedBody : body);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUri() + path))
              .header("Content-Type", "application/json")
              .header("X-Marketplace-Id", marketplaceId)
              .header("X-Marketplace-Timestamp", Long.toString(timestamp))
              .header("X-Marketplace-Event-Id", eventId)
              .header("X-Marketplace-Signature", signature)
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      try {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public static Signed signed(Shop shop, String path, String body, String eventId) {
    return new Signed(shop, path, body, eventId);
  }

  /** Sends a signed repayment event and returns the answer. */
  public static HttpResponse<String> repayment(Shop shop, String body, String eventId) {
    return signed(shop, REPAYMENT, body, eventId).send();
  }

  /** {@code sha256=} hex HMAC-SHA256 of {@code "<timestamp>.<body>"}. */
  public static String hmac(String secret, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JsonPath json(HttpResponse<String> response) {
    return JsonPath.from(response.body());
  }

  /** What the server stored for the marketplace (see ProbeResource#lendingRows). */
  public static Map<String, Object> rows(Shop shop) {
    Response response =
        request().queryParam("marketplaceId", shop.id()).get("/__probe/lending-rows");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath().getMap("");
  }

  public static long row(Shop shop, String key) {
    Object value = rows(shop).get(key);
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static String baseUri() {
    return com.opensylo.testsupport.Api.BASE_URL;
  }

  public static String eventId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  public static String reference() {
    return "ded-" + UUID.randomUUID().toString().substring(0, 18);
  }
}
