package com.opensylo.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the inbound signature check reads of an endpoint. */
class ActiveEndpointTest {

  @Test
  void itsTextNamesTheMarketplaceButNotTheSealedSecret() {
    UUID marketplace = UUID.randomUUID();
    var endpoint =
        new WebhookEndpointRepository.ActiveEndpoint(marketplace, "c2VhbGVkLXNlY3JldA==", "shop");

    assertThat(endpoint.toString())
        .contains(marketplace.toString())
        .contains("shop")
        .doesNotContain("c2VhbGVkLXNlY3JldA==");
  }
}
