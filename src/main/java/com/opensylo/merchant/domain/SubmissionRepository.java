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
   * The stored submissions whose payload hash is among {@code hashes}, of whichever link (the
   * caller compares links; a hash covers the merchantId, so it practically names one); one query.
   */
  List<Submission> findByPayloadHashes(Collection<String> hashes);

  /** The link's latest submission. */
  Optional<Submission> latest(UUID linkId);

  /** When the marketplace last had a submission accepted. */
  Optional<Instant> lastReceivedAt(UUID marketplaceId);
}
