package com.opensylo.marketplace.api;

import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.service.MarketplaceService;
import java.time.Instant;
import java.util.List;

/** Response bodies of the marketplace admin API. */
public final class MarketplaceResponses {

  private MarketplaceResponses() {}

  /** A marketplace as operators see it. */
  public record MarketplaceView(
      String id,
      String platformName,
      String displayName,
      String status,
      String environment,
      String defaultCurrency,
      String clientId,
      Instant createdAt,
      Instant updatedAt) {

    static MarketplaceView of(MarketplaceService.MarketplaceWithClientId view) {
      return of(view.marketplace(), view.clientId());
    }

    static MarketplaceView of(Marketplace m, String clientId) {
      return new MarketplaceView(
          m.id().toString(),
          m.platformName(),
          m.displayName(),
          m.status().name(),
          m.environment().name(),
          m.defaultCurrency(),
          clientId,
          m.createdAt(),
          m.updatedAt());
    }
  }

  /** The OWNER created with the marketplace. */
  public record OwnerView(String id, String email, String firstName, String lastName, String role) {
    static OwnerView of(MarketplaceUser u) {
      return new OwnerView(
          u.id().toString(), u.email(), u.firstName(), u.lastName(), u.role().name());
    }
  }

  /** The secrets, shown here once and never again. */
  public record Credentials(String clientId, String clientSecret, String webhookSecret) {}

  /** {@code {marketplace, owner, credentials}} */
  public record OnboardedResponse(
      MarketplaceView marketplace, OwnerView owner, Credentials credentials) {
    static OnboardedResponse of(MarketplaceService.Onboarded o) {
      return new OnboardedResponse(
          MarketplaceView.of(o.marketplace(), o.clientId()),
          OwnerView.of(o.owner()),
          new Credentials(o.clientId(), o.clientSecret(), o.webhookSecret()));
    }
  }

  /** {@code {marketplace}} */
  public record Single(MarketplaceView marketplace) {}

  /** {@code {marketplaces, page, pageSize, total}} */
  public record Page(List<MarketplaceView> marketplaces, int page, int pageSize, long total) {}
}
