package com.opensylo.identity.persistence;

import com.opensylo.identity.domain.SignInFailure;
import com.opensylo.identity.domain.SignInFailureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** {@link SignInFailureRepository} on JPA. */
@ApplicationScoped
public class JpaSignInFailureRepository implements SignInFailureRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public Optional<SignInFailure> find(String keyHash) {
    return Optional.ofNullable(em.find(SignInFailure.class, keyHash));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void createIfAbsent(String keyHash) {
    // INSERT IGNORE makes the first failure of a key race-free: two nodes inserting the same key at
    // once leave one row (H2 in MariaDB mode and MariaDB alike)
    em.createNativeQuery(
            "INSERT IGNORE INTO sign_in_failure (key_hash, failures, window_started_at, updated_at)"
                + " VALUES (?1, 0, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))")
        .setParameter(1, keyHash)
        .executeUpdate();
  }

  @Override
  public SignInFailure lock(String keyHash) {
    // A locking read (SELECT ... FOR UPDATE) sees the latest committed row even where this
    // transaction already read an older snapshot of it (InnoDB REPEATABLE READ), so the row is read
    // by it afresh, not taken from the persistence context. Written in SQL because Hibernate's
    // MySQL dialect adds "OF <alias>", which MariaDB (standing in for MySQL in CI) rejects.
    SignInFailure loaded = em.find(SignInFailure.class, keyHash);
    if (loaded != null) {
      em.detach(loaded);
    }
    return (SignInFailure)
        em.createNativeQuery(
                "SELECT * FROM sign_in_failure WHERE key_hash = ?1 FOR UPDATE", SignInFailure.class)
            .setParameter(1, keyHash)
            .getSingleResult();
  }

  @Override
  public void remove(String keyHash) {
    em.createQuery("delete from SignInFailure f where f.keyHash = :k")
        .setParameter("k", keyHash)
        .executeUpdate();
  }
}
