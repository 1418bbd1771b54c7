package com.opensylo.identity.persistence;

import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthClientRepository;
import com.opensylo.shared.persistence.ConstraintConflicts;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link OAuthClientRepository} on JPA. */
@ApplicationScoped
public class JpaOAuthClientRepository implements OAuthClientRepository {

  private static final String FILTER =
      " where (:owner is null or c.ownerId = :owner) and (:brand is null or c.brandId = :brand)";

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(OAuthClient client) {
    em.persist(client);
  }

  @Override
  public Optional<OAuthClient> findByClientId(String clientId) {
    return Queries.first(
        em.createQuery("select c from OAuthClient c where c.clientId = :id", OAuthClient.class)
            .setParameter("id", clientId));
  }

  @Override
  public List<OAuthClient> findAllById(Collection<UUID> ids) {
    return em.createQuery("select c from OAuthClient c where c.id in :ids", OAuthClient.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Optional<OAuthClient> findByClientIdForUpdate(String clientId) {
    return Queries.firstForUpdate(
        em.createQuery("select c from OAuthClient c where c.clientId = :id", OAuthClient.class)
            .setParameter("id", clientId));
  }

  @Override
  public Optional<OAuthClient> findByIdForUpdate(UUID id) {
    return Queries.firstForUpdate(
        em.createQuery("select c from OAuthClient c where c.id = :id", OAuthClient.class)
            .setParameter("id", id));
  }

  @Override
  public Optional<ClientAndSecrets> findWithSecrets(String clientId) {
    List<Object[]> rows =
        em.createQuery(
                "select c, s from OAuthClient c left join ClientSecret s on s.clientPk = c.id"
                    + " where c.clientId = :id",
                Object[].class)
            .setParameter("id", clientId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<ClientSecret> secrets = new ArrayList<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        secrets.add((ClientSecret) row[1]);
      }
    }
    return Optional.of(new ClientAndSecrets((OAuthClient) rows.get(0)[0], secrets));
  }

  @Override
  public Optional<OAuthClient> findById(UUID id) {
    return Optional.ofNullable(em.find(OAuthClient.class, id));
  }

  @Override
  public List<OAuthClient> list(String ownerId, String brandId, int offset, int limit) {
    return em.createQuery(
            "select c from OAuthClient c" + FILTER + " order by c.createdAt, c.clientId",
            OAuthClient.class)
        .setParameter("owner", ownerId)
        .setParameter("brand", brandId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(String ownerId, String brandId) {
    return em.createQuery("select count(c) from OAuthClient c" + FILTER, Long.class)
        .setParameter("owner", ownerId)
        .setParameter("brand", brandId)
        .getSingleResult();
  }

  @Override
  public void delete(OAuthClient client) {
    // Children go first so the delete works the same with or without ON DELETE CASCADE support.
    for (String entity :
        List.of("ClientSecret", "AuthorizationCode", "AuthorizationRequest", "RefreshToken")) {
      em.createQuery("delete from " + entity + " e where e.clientPk = :pk")
          .setParameter("pk", client.id())
          .executeUpdate();
    }
    em.createQuery("delete from OAuthGrant g where g.clientPk = :pk")
        .setParameter("pk", client.id())
        .executeUpdate();
    em.remove(client);
    ConstraintConflicts.flushOrConflict(
        em,
        "fk_marketplace_client",
        "CLIENT_IN_USE",
        "This client belongs to a marketplace; suspend the marketplace instead of deleting it.");
  }

  @Override
  public void addSecret(ClientSecret secret) {
    em.persist(secret);
  }

  @Override
  public List<ClientSecret> secretsOf(UUID clientPk) {
    return em.createQuery(
            "select s from ClientSecret s where s.clientPk = :pk order by s.createdAt desc",
            ClientSecret.class)
        .setParameter("pk", clientPk)
        .getResultList();
  }

  @Override
  public void deleteSecret(ClientSecret secret) {
    em.remove(em.contains(secret) ? secret : em.merge(secret));
  }

  @Override
  public boolean anyClientAllowsOrigin(String origin) {
    // Origins are stored one per line: match a whole line, with LIKE's wildcards escaped.
    String escaped = origin.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    Number count =
        (Number)
            em.createNativeQuery(
                    "select count(*) from oauth_client where enabled = true"
                        + " and concat(char(10), allowed_origins, char(10)) like ? escape '!'")
                .setParameter(1, "%\n" + escaped + "\n%")
                .getSingleResult();
    return count.longValue() > 0;
  }
}
