package com.opensylo.merchant.service;

import com.opensylo.merchant.domain.MerchantData;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a merchant's score is simulated rather than computed from what was submitted (a port the
 * merchant feature owns; the sandbox implements it for its published test merchants, SPEC §10): the
 * data to score in its place. The submission is still validated, authorised and stored as sent;
 * only the score comes from the stand-in.
 */
public interface ScoreSimulation {

  /**
   * The stand-in data for the merchant account linked in this marketplace; empty for a real one.
   */
  Optional<MerchantData> standIn(UUID marketplaceId, UUID merchantAccountId, LocalDate today);
}
