package com.opensylo.identity.persistence;

import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.domain.MerchantAccountRepository;
import com.opensylo.shared.persistence.ConstraintConflicts;
import com.opensylo.shared.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** {@link MerchantAccountRepository} on JPA. */
@ApplicationScoped
public class JpaMerchantAccountRepository implements MerchantAccountRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(MerchantAccount account) {
    em.persist(account);
    ConstraintConflicts.flush(em, "uq_merchant_account_email");
  }

  @Override
  public Optional<MerchantAccount> findById(UUID id) {
    return Optional.ofNullable(em.find(MerchantAccount.class, id));
  }

  @Override
  public Optional<MerchantAccount> findByEmail(String normalizedEmail) {
    return Queries.first(
        em.createQuery("select m from MerchantAccount m where m.email = :e", MerchantAccount.class)
            .setParameter("e", normalizedEmail));
  }
}
