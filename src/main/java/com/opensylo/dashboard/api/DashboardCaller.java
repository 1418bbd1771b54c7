package com.opensylo.dashboard.api;

import com.opensylo.audit.service.AuditService;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.domain.MarketplaceUser;
import com.opensylo.marketplace.service.MarketplaceUserService;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * The dashboard user of the current request, set by {@link DashboardAccessFilter} once it admitted
 * them.
 */
@RequestScoped
public class DashboardCaller {

  private MarketplaceUserService.Member member;
  private String tokenId;
  private Instant tokenExpiresAt;

  void admit(MarketplaceUserService.Member admitted, String jti, Instant expiresAt) {
    this.member = admitted;
    this.tokenId = jti;
    this.tokenExpiresAt = expiresAt;
  }

  /** The {@code jti} of the dashboard JWT this request came with. */
  public String tokenId() {
    require();
    return tokenId;
  }

  /** When the dashboard JWT of this request expires. */
  public Instant tokenExpiresAt() {
    require();
    return tokenExpiresAt;
  }

  public MarketplaceUser user() {
    return require().user();
  }

  public Marketplace marketplace() {
    return require().marketplace();
  }

  /** The caller as an audit actor. */
  public AuditService.Actor actor() {
    return new AuditService.Actor("marketplace_user", user().id().toString());
  }

  private MarketplaceUserService.Member require() {
    if (member == null) {
      throw new IllegalStateException("No dashboard caller: the endpoint lacks @DashboardAccess");
    }
    return member;
  }
}
