package com.opensylo.loan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of loans. */
public interface LoanRepository {

  /** The next loan sequence number, unique across nodes (the counter row stays locked). */
  long nextSequence();

  /** Stores a new loan, flushed at once (so its version is known). */
  void add(Loan loan);

  Optional<Loan> find(UUID id);

  /** The loan, its row locked ({@code SELECT … FOR UPDATE}) until the transaction ends. */
  Optional<Loan> findForUpdate(UUID id);

  /**
   * The marketplace's loan by its id or reference, its row locked ({@code SELECT … FOR UPDATE}) in
   * one query; another marketplace's loan is absent (a row of it matched by id stays locked until
   * this transaction ends, which then refuses it).
   */
  Optional<Loan> findOwnedForUpdate(UUID marketplaceId, String idOrReference);

  /** The marketplace's loan by its id or its reference; another marketplace's is absent. */
  Optional<Loan> findOwned(UUID marketplaceId, String idOrReference);

  /**
   * The id of the marketplace's loan with this id or reference, without loading it (so that it can
   * then be loaded locked, fresh).
   */
  Optional<UUID> findOwnedId(UUID marketplaceId, String idOrReference);

  /** The marketplace's loans of the merchant it calls {@code merchantRef}, oldest first. */
  List<Loan> findByMerchant(UUID marketplaceId, String merchantRef);

  /** The marketplace's loans of the merchants among {@code merchantRefs}; one query. */
  List<Loan> findByMerchants(UUID marketplaceId, Collection<String> merchantRefs);

  /** A page of loans, newest first, optionally of one marketplace and one status. */
  List<Loan> list(UUID marketplaceId, LoanStatus status, int offset, int limit);

  long count(UUID marketplaceId, LoanStatus status);

  /** Writes pending changes now, so a version rise or a constraint shows inside the transaction. */
  void flush();
}
