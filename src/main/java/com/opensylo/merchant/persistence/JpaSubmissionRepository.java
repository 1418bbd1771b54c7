package com.opensylo.merchant.persistence;

import com.opensylo.merchant.domain.Submission;
import com.opensylo.merchant.domain.SubmissionRepository;
import com.opensylo.shared.persistence.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * {@link SubmissionRepository} on JPA. A bulk request writes up to 500 rows: the session's JDBC
 * batch is raised to the size of the write, so Hibernate sends them as one batch (ids are assigned
 * UUIDs, so nothing has to be read back per row), and they leave the persistence context after the
 * flush since nothing reads them again in the transaction.
 */
@ApplicationScoped
public class JpaSubmissionRepository implements SubmissionRepository {

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void addAll(List<Submission> submissions) {
    if (submissions.isEmpty()) {
      return;
    }
    Session session = em.unwrap(Session.class);
    Integer batchSize = session.getJdbcBatchSize();
    session.setJdbcBatchSize(Math.max(submissions.size(), batchSize == null ? 1 : batchSize));
    try {
      submissions.forEach(em::persist);
      WriteConflicts.flush(em);
      submissions.forEach(em::detach);
    } finally {
      session.setJdbcBatchSize(batchSize);
    }
  }

  @Override
  public List<Submission> findByPayloadHashes(Collection<String> hashes) {
    if (hashes.isEmpty()) {
      return List.of();
    }
    return InLists.bind(
            em.createQuery(
                "select s from Submission s where s.payloadHash in ("
                    + InLists.parameters("hash", hashes.size())
                    + ")",
                Submission.class),
            "hash",
            hashes)
        .getResultList();
  }

  @Override
  public Optional<Submission> latest(UUID linkId) {
    return em
        .createQuery(
            "select s from Submission s where s.linkId = :link order by s.receivedAt desc, s.id",
            Submission.class)
        .setParameter("link", linkId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Instant> lastReceivedAt(UUID marketplaceId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(s.receivedAt) from Submission s where s.marketplaceId = :m",
                Instant.class)
            .setParameter("m", marketplaceId)
            .getSingleResult());
  }
}
