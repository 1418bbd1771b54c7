package com.opensylo.merchant.service;

import com.opensylo.identity.service.MerchantConsents;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.merchant.domain.IngestionErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.UUID;

/** The marketplace a partner client acts for: where its merchants' data is kept. */
@ApplicationScoped
public class PartnerTenants {

  @Inject MerchantConsents consents;
  @Inject MarketplaceService marketplaces;

  /** A client's marketplace, and the currency its merchants' amounts are in. */
  public record Tenant(UUID clientPk, UUID marketplaceId, Currency currency) {}

  /**
   * The calling client's marketplace.
   *
   * @throws com.opensylo.shared.error.ForbiddenException {@code MARKETPLACE_REQUIRED} for a client
   *     no marketplace owns
   */
  @Transactional
  public Tenant of(String clientId) {
    UUID clientPk = consents.clientPk(clientId).orElseThrow(IngestionErrors::marketplaceRequired);
    Marketplace marketplace =
        marketplaces.findByClientPk(clientPk).orElseThrow(IngestionErrors::marketplaceRequired);
    return new Tenant(
        clientPk, marketplace.id(), Currency.getInstance(marketplace.defaultCurrency()));
  }
}
