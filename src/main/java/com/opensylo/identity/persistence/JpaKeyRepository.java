package com.opensylo.identity.persistence;

import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.PlatformKey;
import com.opensylo.identity.domain.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link KeyRepository} on JPA. */
@ApplicationScoped
public class JpaKeyRepository implements KeyRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public List<SigningKey> signingKeys() {
    return em.createQuery("select k from SigningKey k order by k.createdAt desc", SigningKey.class)
        .getResultList();
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
}
