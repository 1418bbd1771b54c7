package com.opensylo.merchant.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of accepted submissions: the history. */
public interface SubmissionRepository {

  /**
   * Stores the submissions in one JDBC batch (a few round trips for any number of rows, not one per
   * row), flushed at once.
   *
   * @throws ConcurrentWriteException when a concurrent request stored the same data for the same
   *     merchant first; the transaction must then be run again
   */
  void addAll(List<Submission> submissions);

  /**
   * The stored submissions of these links whose payload hash is among {@code hashes}; one query.
   */
  List<Submission> findByPayloads(Collection<UUID> linkIds, Collection<String> hashes);

  /** The link's latest submission. */
  Optional<Submission> latest(UUID linkId);

  /** When the marketplace last had a submission accepted. */
  Optional<Instant> lastReceivedAt(UUID marketplaceId);
}
