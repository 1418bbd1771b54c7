package com.opensylo.identity.service;

import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.identity.domain.OAuthGrant;
import com.opensylo.shared.persistence.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Read-only answers about merchants' consents, for the features that act on a merchant's behalf
 * (data ingestion): which client a {@code client_id} names, and what each merchant has granted it
 * through grants that are still live ({@link OAuthGrant#isLiveFor}: not revoked, made under the
 * client's current token generation). The one door of identity that ingestion uses; its grant query
 * is here rather than in {@code TokenRepository} so that door stays one small class. Joins the
 * caller's transaction.
 */
@ApplicationScoped
public class MerchantConsents {

  /** The access-token claim naming the grant a token acts under: present only for a merchant. */
  public static final String GRANT_CLAIM = TokenIssuer.GRANT_CLAIM;

  @Inject OAuthClientRepository clients;

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  /** The primary key of the client with this {@code client_id}. */
  @Transactional
  public Optional<UUID> clientPk(String clientId) {
    return clients.findByClientId(clientId).map(OAuthClient::id);
  }

  /**
   * The scopes each of {@code merchantAccountIds} has granted the client through its live grants
   * (the union when there are several); a merchant with no live grant is absent. One query for any
   * number of merchants.
   */
  @Transactional
  public Map<UUID, Set<String>> liveScopes(UUID clientPk, Collection<UUID> merchantAccountIds) {
    Map<UUID, Set<String>> scopes = new HashMap<>();
    Optional<OAuthClient> client = clients.findById(clientPk);
    if (client.isEmpty() || merchantAccountIds.isEmpty()) {
      return scopes;
    }
    Map<String, UUID> bySubject = new HashMap<>();
    merchantAccountIds.forEach(id -> bySubject.put(id.toString(), id));
    for (OAuthGrant grant :
        InLists.bind(
                em.createQuery(
                        "select g from OAuthGrant g where g.clientPk = :client and g.subject in ("
                            + InLists.parameters("subject", bySubject.size())
                            + ") and g.revokedAt is null",
                        OAuthGrant.class)
                    .setParameter("client", clientPk),
                "subject",
                bySubject.keySet())
            .getResultList()) {
      if (grant.isLiveFor(client.get())) {
        scopes
            .computeIfAbsent(bySubject.get(grant.subject()), id -> new LinkedHashSet<>())
            .addAll(grant.scope());
      }
    }
    return scopes;
  }

  /**
   * A standing consent of the merchant {@code merchantAccountId} to the client for {@code scopes}
   * (the sandbox seed's test merchants): a grant is added unless a live one already covers them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void ensureConsent(
      OAuthClient client,
      UUID merchantAccountId,
      java.util.List<String> scopes,
      java.time.Instant now) {
    Set<String> live =
        liveScopes(client.id(), java.util.List.of(merchantAccountId)).get(merchantAccountId);
    if (live == null || !live.containsAll(scopes)) {
      em.persist(new OAuthGrant(client, merchantAccountId.toString(), scopes, now));
    }
  }
}
