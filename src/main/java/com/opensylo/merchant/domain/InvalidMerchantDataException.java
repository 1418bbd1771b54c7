package com.opensylo.merchant.domain;

import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.InvalidRequestException;
import java.util.List;

/**
 * A submission that cannot become {@link MerchantData}: every bad field is named by its JSON path
 * ({@code salesPerformance.gmv30Days}, {@code revenueConsistency.monthlyRevenue[3].month}). A
 * single submission answers 400 {@code VALIDATION_FAILED}; in a bulk request the item is refused
 * with these details and the others go on.
 */
public class InvalidMerchantDataException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  public InvalidMerchantDataException(List<ApiError.FieldError> details) {
    super(IngestionErrors.VALIDATION_FAILED, summary(details), details);
  }

  private static String summary(List<ApiError.FieldError> details) {
    return details.size() == 1
        ? details.get(0).field() + ": " + details.get(0).message()
        : details.size() + " fields are invalid; see details.";
  }
}
