package com.opensylo.shared.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The guard of every bulk erasure (the sandbox reset's): the marketplace must exist and be a
 * SANDBOX one. A production marketplace's rows, its ledger above all, are never bulk-deleted,
 * whatever id a caller passes.
 */
public final class SandboxOnly {

  private SandboxOnly() {}

  /**
   * @throws IllegalArgumentException unless {@code marketplaceId} is a SANDBOX marketplace
   */
  public static void require(EntityManager em, UUID marketplaceId) {
    List<?> environment =
        em.createNativeQuery("SELECT environment FROM marketplace WHERE id = ?1")
            .setParameter(1, marketplaceId.toString())
            .getResultList();
    if (environment.size() != 1 || !"SANDBOX".equals(String.valueOf(environment.get(0)))) {
      throw new IllegalArgumentException(
          "refusing to erase the data of " + marketplaceId + ": not a SANDBOX marketplace");
    }
  }
}
