package com.opensylo.merchant.persistence;

import com.opensylo.merchant.domain.MerchantLink;
import com.opensylo.merchant.domain.MerchantLinkRepository;
import com.opensylo.shared.persistence.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link MerchantLinkRepository} on JPA. */
@ApplicationScoped
public class JpaMerchantLinkRepository implements MerchantLinkRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(MerchantLink link) {
    em.persist(link);
    WriteConflicts.flush(em);
  }

  @Override
  public Optional<MerchantLink> findByRef(UUID marketplaceId, String merchantRef) {
    return em
        .createQuery(
            "select l from MerchantLink l where l.marketplaceId = :m and l.merchantRef = :ref",
            MerchantLink.class)
        .setParameter("m", marketplaceId)
        .setParameter("ref", merchantRef)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<MerchantLink> findByAccount(UUID marketplaceId, UUID merchantAccountId) {
    return em
        .createQuery(
            "select l from MerchantLink l where l.marketplaceId = :m and l.merchantAccountId = :a",
            MerchantLink.class)
        .setParameter("m", marketplaceId)
        .setParameter("a", merchantAccountId)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Map<String, MerchantLink> findByRefs(UUID marketplaceId, Collection<String> merchantRefs) {
    Map<String, MerchantLink> found = new HashMap<>();
    if (merchantRefs.isEmpty()) {
      return found;
    }
    InLists.bind(
            em.createQuery(
                    "select l from MerchantLink l where l.marketplaceId = :m and l.merchantRef in ("
                        + InLists.parameters("ref", merchantRefs.size())
                        + ")",
                    MerchantLink.class)
                .setParameter("m", marketplaceId),
            "ref",
            merchantRefs)
        .getResultList()
        .forEach(link -> found.put(link.merchantRef(), link));
    return found;
  }
}
