package com.opensylo.merchant.service;

import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientLookup;
import com.opensylo.marketplace.domain.Marketplace;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.merchant.domain.SubmissionRepository;
import com.opensylo.shared.error.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * What a marketplace back end sees when it checks its integration: its marketplace, environment,
 * last submission.
 */
@ApplicationScoped
public class IntegrationHealthService {

  @Inject ClientLookup clients;
  @Inject MarketplaceService marketplaces;
  @Inject SubmissionRepository submissions;

  /**
   * The calling client's integration. {@code marketplace} is empty for a client no marketplace owns
   * (registered directly through the admin API); {@code lastSubmissionAt} is when the marketplace
   * last had merchant data accepted, empty until then.
   */
  public record Integration(
      OAuthClient client,
      Optional<Marketplace> marketplace,
      ClientEnvironment environment,
      Optional<Instant> lastSubmissionAt) {}

  @Transactional
  public Integration of(String clientId) {
    OAuthClient client =
        clients
            .findByClientId(clientId)
            .orElseThrow(() -> new ResourceNotFoundException("Client not found"));
    Optional<Marketplace> marketplace = marketplaces.findByClientPk(client.id());
    ClientEnvironment environment =
        marketplace.map(Marketplace::environment).orElse(client.environment());
    return new Integration(
        client,
        marketplace,
        environment,
        marketplace.flatMap(m -> submissions.lastReceivedAt(m.id())));
  }
}
