package com.opensylo.identity.persistence;

import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.PlatformKey;
import com.opensylo.identity.domain.SigningKey;
import com.opensylo.shared.persistence.LockRows;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link KeyRepository} on JPA. */
@ApplicationScoped
public class JpaKeyRepository implements KeyRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void lockStartup() {
    LockRows.lockRowOne(em, "identity_startup", "V014");
  }

  @Override
  public List<SigningKey> signingKeys() {
    return em.createQuery("select k from SigningKey k order by k.createdAt desc", SigningKey.class)
        .getResultList();
  }

  @Override
  public Optional<String> activeKid(String algorithm) {
    return Queries.first(
        em.createQuery(
                "select k.kid from SigningKey k where k.status = :active"
                    + " and k.algorithm = :algorithm order by k.createdAt desc",
                String.class)
            .setParameter("active", SigningKey.Status.ACTIVE)
            .setParameter("algorithm", algorithm));
  }

  @Override
  public List<SigningKey> activeKeysForUpdate() {
    return em.createQuery(
            "select k from SigningKey k where k.status = :active order by k.createdAt desc",
            SigningKey.class)
        .setParameter("active", SigningKey.Status.ACTIVE)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<SigningKey> findSigningKey(String kid) {
    return Optional.ofNullable(em.find(SigningKey.class, kid));
  }

  @Override
  public void addSigningKey(SigningKey key) {
    em.persist(key);
  }

  @Override
  public Optional<PlatformKey> findPlatformKey(String name) {
    return Optional.ofNullable(em.find(PlatformKey.class, name));
  }

  @Override
  public void addPlatformKey(PlatformKey key) {
    em.persist(key);
  }

  @Override
  public boolean removePlatformKey(String name) {
    return em.createQuery("delete from PlatformKey k where k.name = :name")
            .setParameter("name", name)
            .executeUpdate()
        > 0;
  }
}
