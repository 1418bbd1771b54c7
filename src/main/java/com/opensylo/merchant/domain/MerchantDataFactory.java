package com.opensylo.merchant.domain;

import com.opensylo.scoring.profile.BehavioralRisk;
import com.opensylo.scoring.profile.FulfillmentMetrics;
import com.opensylo.scoring.profile.HistoricalCredit;
import com.opensylo.scoring.profile.MerchantIdentity;
import com.opensylo.scoring.profile.MonthlyRevenue;
import com.opensylo.scoring.profile.PayoutCashFlow;
import com.opensylo.scoring.profile.PlatformDependency;
import com.opensylo.scoring.profile.RevenueConsistency;
import com.opensylo.scoring.profile.SalesPerformance;
import com.opensylo.shared.error.ApiError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one submitted JSON body (SPEC §6) into {@link MerchantData}, or refuses it with {@link
 * InvalidMerchantDataException} naming every bad field: JSON types (a string is never a number),
 * ranges, percentages 0–100, non-negative money with at most 2 decimals, whole numbers for counts,
 * enums, dates and months not in the future, at most {@value #MAX_MONTHS} unique months, the
 * cross-field rules (gmv30 ≤ gmv90 ≤ gmv180; repaid + defaults ≤ loans; day counts within their
 * window) and unknown fields. Only {@code merchantIdentity} is required; a block left out (or null)
 * is not shared, but a block that is sent must be complete. "Today" is the UTC date the factory was
 * made for, so a test can move it.
 */
public final class MerchantDataFactory {

  /** SPEC §6: at most 24 months of revenue. */
  public static final int MAX_MONTHS = 24;

  /** The largest amount accepted: what a DECIMAL(19,2) column holds with room to add. */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");

  static final int MAX_COUNT = 1_000_000_000;
  static final int MAX_MONTH_COUNT = 1_200;
  static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]*");
  static final String MERCHANT_ID_RULE =
      "must be 1-128 characters: letters, digits and . _ : @ -, starting with a letter or digit";
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_DETAILS = 100;

  private final LocalDate today;

  public MerchantDataFactory(LocalDate today) {
    this.today = today;
  }

  /** Whether {@code merchantId} could name a merchant at all (for ids taken from a path). */
  public static boolean isWellFormedMerchantId(String merchantId) {
    return merchantId != null
        && merchantId.length() <= 128
        && MERCHANT_ID.matcher(merchantId).matches();
  }

  /**
   * The validated data of {@code body}.
   *
   * @throws InvalidMerchantDataException naming every problem found
   */
  public MerchantData create(JsonValue body) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    if (!(body instanceof JsonObject object)) {
      errors.add(new ApiError.FieldError("body", "must be an object"));
      throw new InvalidMerchantDataException(errors);
    }
    JsonFields root = new JsonFields(object, "", errors);
    MerchantIdentity identity = identity(root);
    SalesPerformance sales = block(root, DataBlock.SALES_PERFORMANCE, this::sales);
    RevenueConsistency revenue = block(root, DataBlock.REVENUE_CONSISTENCY, this::revenue);
    FulfillmentMetrics fulfillment = block(root, DataBlock.FULFILLMENT_METRICS, this::fulfillment);
    PayoutCashFlow payouts = block(root, DataBlock.PAYOUT_CASH_FLOW, this::payouts);
    PlatformDependency platform = block(root, DataBlock.PLATFORM_DEPENDENCY, this::platform);
    HistoricalCredit credit = block(root, DataBlock.HISTORICAL_CREDIT, this::credit);
    BehavioralRisk risk = block(root, DataBlock.BEHAVIORAL_RISK, this::risk);
    root.refuseUnknown();
    if (!errors.isEmpty()) {
      throw new InvalidMerchantDataException(
          errors.size() > MAX_DETAILS ? errors.subList(0, MAX_DETAILS) : errors);
    }
    String payload = CanonicalJson.of(object);
    return new MerchantData(
        identity,
        sales,
        revenue,
        fulfillment,
        payouts,
        platform,
        credit,
        risk,
        payload,
        CanonicalJson.sha256(payload));
  }

  /**
   * The items of a bulk body {@code {"merchants": [...]}}, each to be validated on its own.
   *
   * @throws InvalidMerchantDataException when the envelope is not that shape (no item is looked at)
   * @throws com.opensylo.shared.error.PayloadTooLargeException for more than {@code limit} items
   */
  public static List<JsonValue> bulkItems(JsonValue body, int limit) {
    List<ApiError.FieldError> errors = new ArrayList<>();
    if (!(body instanceof JsonObject object)) {
      errors.add(new ApiError.FieldError("body", "must be an object"));
      throw new InvalidMerchantDataException(errors);
    }
    JsonFields envelope = new JsonFields(object, "", errors);
    JsonArray merchants = envelope.array("merchants");
    envelope.refuseUnknown();
    if (merchants != null && merchants.isEmpty()) {
      envelope.fail("merchants", "must hold at least one merchant");
    }
    if (!errors.isEmpty()) {
      throw new InvalidMerchantDataException(errors);
    }
    if (merchants.size() > limit) {
      throw IngestionErrors.bulkTooLarge(merchants.size(), limit);
    }
    return merchants;
  }

  /**
   * The {@code merchantIdentity.merchantId} of a body, when it can be read at all (to label a
   * refused bulk item); null otherwise.
   */
  public static String merchantIdOf(JsonValue body) {
    if (body instanceof JsonObject object
        && object.get(DataBlock.MERCHANT_IDENTITY.jsonName()) instanceof JsonObject identity
        && identity.get("merchantId") instanceof JsonString id
        && isWellFormedMerchantId(id.getString())) {
      return id.getString();
    }
    return null;
  }

  /** Reads one block's fields into its record; null when absent or when any field was bad. */
  private interface BlockReader<T> {
    T read(JsonFields fields);
  }

  private <T> T block(JsonFields root, DataBlock block, BlockReader<T> reader) {
    JsonObject json = root.object(block.jsonName(), false);
    if (json == null) {
      return null;
    }
    JsonFields fields = new JsonFields(json, block.jsonName(), errorsOf(root));
    int before = fields.problems();
    T value = reader.read(fields);
    fields.refuseUnknown();
    return fields.problems() == before ? value : null;
  }

  private MerchantIdentity identity(JsonFields root) {
    JsonObject json = root.object(DataBlock.MERCHANT_IDENTITY.jsonName(), true);
    if (json == null) {
      return null;
    }
    JsonFields f = new JsonFields(json, DataBlock.MERCHANT_IDENTITY.jsonName(), errorsOf(root));
    int before = f.problems();
    String merchantId = f.text("merchantId", true, 128, MERCHANT_ID, MERCHANT_ID_RULE);
    String businessName = f.text("businessName", false, 255);
    MerchantIdentity.BusinessType type =
        f.choice("businessType", false, MerchantIdentity.BusinessType.class);
    LocalDate onboarded = f.pastDate("marketplaceOnboardingDate", today);
    Boolean verified = f.bool("verificationStatus");
    String country = f.text("country", false, 2);
    if (country != null && !COUNTRIES.contains(country)) {
      f.fail("country", "must be an ISO 3166-1 alpha-2 country code in capitals, e.g. NG");
    }
    String category = f.text("category", false, 100);
    f.refuseUnknown();
    if (f.problems() != before) {
      return null;
    }
    return new MerchantIdentity(
        merchantId, businessName, type, onboarded, verified, country, category);
  }

  private SalesPerformance sales(JsonFields f) {
    BigDecimal gmv30 = f.money("gmv30Days", MAX_AMOUNT);
    BigDecimal gmv90 = f.money("gmv90Days", MAX_AMOUNT);
    BigDecimal gmv180 = f.money("gmv180Days", MAX_AMOUNT);
    BigDecimal average = f.money("avgMonthlySales", MAX_AMOUNT);
    Integer orders = f.count("orderCount", MAX_COUNT);
    BigDecimal orderValue = f.money("avgOrderValue", MAX_AMOUNT);
    BigDecimal growth =
        f.number("salesGrowthRate", BigDecimal.valueOf(-100), BigDecimal.valueOf(100_000));
    if (gmv30 != null && gmv90 != null && gmv30.compareTo(gmv90) > 0) {
      f.fail("gmv30Days", "must be <= gmv90Days (the last 30 days are within the last 90)");
    }
    if (gmv90 != null && gmv180 != null && gmv90.compareTo(gmv180) > 0) {
      f.fail("gmv90Days", "must be <= gmv180Days (the last 90 days are within the last 180)");
    }
    if (growth == null || orders == null) {
      return null;
    }
    return allPresent(gmv30, gmv90, gmv180, average, orderValue)
        ? new SalesPerformance(gmv30, gmv90, gmv180, average, orders, orderValue, growth)
        : null;
  }

  private RevenueConsistency revenue(JsonFields f) {
    List<MonthlyRevenue> months = months(f);
    Integer active = f.count("activeSalesDaysLast30", 30);
    Integer zero = f.count("zeroSalesDaysLast90", 90);
    Integer monthsWithSales = f.count("monthsWithSales", MAX_MONTH_COUNT);
    if (active != null && zero != null && zero < 30 - active) {
      f.fail(
          "zeroSalesDaysLast90",
          "must be >= 30 - activeSalesDaysLast30 ("
              + (30 - active)
              + "): the days without sales of the last 30 are within the last 90");
    }
    if (months == null || active == null || zero == null || monthsWithSales == null) {
      return null;
    }
    return new RevenueConsistency(months, active, zero, monthsWithSales);
  }

  private List<MonthlyRevenue> months(JsonFields f) {
    JsonArray array = f.array("monthlyRevenue");
    if (array == null) {
      return null;
    }
    String path = f.at("monthlyRevenue");
    if (array.size() > MAX_MONTHS) {
      f.fail("monthlyRevenue", "must have at most " + MAX_MONTHS + " months");
      return null;
    }
    List<MonthlyRevenue> months = new ArrayList<>();
    Map<YearMonth, Integer> seen = new HashMap<>();
    int before = f.problems();
    YearMonth current = YearMonth.from(today);
    for (int i = 0; i < array.size(); i++) {
      String itemPath = path + "[" + i + "]";
      if (!(array.get(i) instanceof JsonObject item)) {
        errorsOf(f).add(new ApiError.FieldError(itemPath, "must be an object"));
        continue;
      }
      JsonFields m = new JsonFields(item, itemPath, errorsOf(f));
      YearMonth month = month(m, current);
      BigDecimal amount = m.money("amount", MAX_AMOUNT);
      m.refuseUnknown();
      if (month != null) {
        Integer first = seen.putIfAbsent(month, i);
        if (first != null) {
          m.fail("month", "repeats " + month + " of " + path + "[" + first + "]");
        } else if (amount != null) {
          months.add(new MonthlyRevenue(month, amount));
        }
      }
    }
    return f.problems() == before ? months : null;
  }

  private static YearMonth month(JsonFields m, YearMonth current) {
    JsonValue value = m.value("month", true);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonString string) || !MONTH.matcher(string.getString()).matches()) {
      m.fail("month", "must be a month YYYY-MM");
      return null;
    }
    YearMonth month;
    try { // the digits the pattern matched; YearMonth.parse's formatter cost five times as much
      String text = string.getString();
      month = YearMonth.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10));
    } catch (DateTimeException e) {
      m.fail("month", "must be a month YYYY-MM");
      return null;
    }
    if (month.isAfter(current)) {
      m.fail("month", "must not be in the future");
      return null;
    }
    return month;
  }

  private FulfillmentMetrics fulfillment(JsonFields f) {
    BigDecimal fulfilled = f.percentage("fulfillmentRate");
    BigDecimal cancelled = f.percentage("cancellationRate");
    BigDecimal refunded = f.percentage("refundRate");
    BigDecimal disputed = f.percentage("disputeRate");
    BigDecimal late = f.percentage("lateDeliveryRate");
    return allPresent(fulfilled, cancelled, refunded, disputed, late)
        ? new FulfillmentMetrics(fulfilled, cancelled, refunded, disputed, late)
        : null;
  }

  private PayoutCashFlow payouts(JsonFields f) {
    PayoutCashFlow.PayoutFrequency frequency =
        f.choice("payoutFrequency", true, PayoutCashFlow.PayoutFrequency.class);
    BigDecimal average = f.money("avgPayoutValue", MAX_AMOUNT);
    Integer failed = f.count("failedPayouts", MAX_COUNT);
    Integer count = f.count("payoutCount90Days", MAX_COUNT);
    return frequency != null && average != null && failed != null && count != null
        ? new PayoutCashFlow(frequency, average, failed, count)
        : null;
  }

  private PlatformDependency platform(JsonFields f) {
    Integer months = f.count("monthsOnPlatform", MAX_MONTH_COUNT);
    BigDecimal share = f.percentage("platformRevenueShare");
    Boolean elsewhere = f.bool("sellsOnOtherPlatforms");
    Integer listings = f.count("activeListings", MAX_COUNT);
    BigDecimal repeat = f.percentage("repeatCustomerRate");
    return months != null
            && share != null
            && elsewhere != null
            && listings != null
            && repeat != null
        ? new PlatformDependency(months, share, elsewhere, listings, repeat)
        : null;
  }

  private HistoricalCredit credit(JsonFields f) {
    Integer loans = f.count("previousLoansCount", MAX_COUNT);
    Integer repaid = f.count("previousLoansRepaid", MAX_COUNT);
    Integer defaults = f.count("previousDefaults", MAX_COUNT);
    BigDecimal onTime = f.percentage("onTimeRepaymentRate");
    Boolean active = f.bool("hasActiveExternalLoans");
    BigDecimal debt = f.money("totalOutstandingExternalDebt", MAX_AMOUNT);
    if (loans != null && repaid != null && defaults != null && (long) repaid + defaults > loans) {
      f.fail(
          "previousLoansCount",
          "must be >= previousLoansRepaid + previousDefaults (" + ((long) repaid + defaults) + ")");
    }
    return loans != null
            && repaid != null
            && defaults != null
            && onTime != null
            && active != null
            && debt != null
        ? new HistoricalCredit(loans, repaid, defaults, onTime, active, debt)
        : null;
  }

  private BehavioralRisk risk(JsonFields f) {
    Integer suspensions = f.count("accountSuspensions", MAX_COUNT);
    Boolean fraud = f.bool("hasFraudFlags");
    Boolean spikes = f.bool("hasSuddenGmvSpikes");
    Boolean linked = f.bool("hasLinkedAccounts");
    return suspensions != null && fraud != null && spikes != null && linked != null
        ? new BehavioralRisk(suspensions, fraud, spikes, linked)
        : null;
  }

  private static boolean allPresent(Object... values) {
    for (Object value : values) {
      if (value == null) {
        return false;
      }
    }
    return true;
  }

  private static List<ApiError.FieldError> errorsOf(JsonFields fields) {
    return fields.errors();
  }
}
