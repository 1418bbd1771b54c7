package com.opensylo.webhook.persistence;

import com.opensylo.webhook.domain.DeliveryStatus;
import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryAttempt;
import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link WebhookDeliveryRepository} on JPA. */
@ApplicationScoped
public class JpaWebhookDeliveryRepository implements WebhookDeliveryRepository {

  /** Due rows of endpoints that can receive them: enabled, with a URL. */
  private static final String DUE =
      " FROM webhook_delivery d WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1"
          + " AND d.marketplace_id IN (SELECT e.marketplace_id FROM webhook_endpoint e"
          + " WHERE e.enabled = TRUE AND e.url IS NOT NULL)";

  @PersistenceContext(unitName = "opensylo")
  EntityManager em;

  @Override
  public void add(WebhookDelivery delivery) {
    em.persist(delivery);
  }

  @Override
  public void add(WebhookDeliveryAttempt attempt) {
    em.persist(attempt);
  }

  @Override
  public Optional<WebhookDelivery> find(UUID id) {
    return Optional.ofNullable(em.find(WebhookDelivery.class, id));
  }

  @Override
  public List<WebhookDelivery> newest(UUID marketplaceId, int limit) {
    return page(marketplaceId, null, null, 0, limit);
  }

  @Override
  public List<WebhookDelivery> page(
      UUID marketplaceId, DeliveryStatus status, String eventType, int offset, int limit) {
    TypedQuery<WebhookDelivery> query =
        em.createQuery(
            "select d from WebhookDelivery d"
                + filter(status, eventType)
                + " order by d.createdAt desc, d.id",
            WebhookDelivery.class);
    bind(query, marketplaceId, status, eventType);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(UUID marketplaceId, DeliveryStatus status, String eventType) {
    TypedQuery<Long> query =
        em.createQuery(
            "select count(d) from WebhookDelivery d" + filter(status, eventType), Long.class);
    bind(query, marketplaceId, status, eventType);
    return query.getSingleResult();
  }

  private static String filter(DeliveryStatus status, String eventType) {
    return " where d.marketplaceId = :m"
        + (status == null ? "" : " and d.status = :s")
        + (eventType == null ? "" : " and d.eventType = :e");
  }

  private static void bind(
      TypedQuery<?> query, UUID marketplaceId, DeliveryStatus status, String eventType) {
    query.setParameter("m", marketplaceId);
    if (status != null) {
      query.setParameter("s", status);
    }
    if (eventType != null) {
      query.setParameter("e", eventType);
    }
  }

  @Override
  public List<WebhookDeliveryAttempt> attempts(UUID deliveryId) {
    return em.createQuery(
            "select a from WebhookDeliveryAttempt a where a.deliveryId = :d"
                + " order by a.attemptedAt, a.attemptNo",
            WebhookDeliveryAttempt.class)
        .setParameter("d", deliveryId)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<UUID> dueMarketplaces(Instant now, int limit, Collection<UUID> excluded) {
    StringBuilder sql = new StringBuilder("SELECT d.marketplace_id").append(DUE);
    List<UUID> skip = new ArrayList<>(excluded);
    if (!skip.isEmpty()) {
      sql.append(" AND d.marketplace_id NOT IN (");
      for (int i = 0; i < skip.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
      }
      sql.append(')');
    }
    sql.append(" GROUP BY d.marketplace_id ORDER BY MIN(d.next_attempt_at)");
    Query query = em.createNativeQuery(sql.toString()).setMaxResults(Math.max(1, limit));
    query.setParameter(1, now);
    for (int i = 0; i < skip.size(); i++) {
      query.setParameter(i + 2, skip.get(i).toString());
    }
    List<UUID> found = new ArrayList<>();
    for (Object id : query.getResultList()) {
      found.add(UUID.fromString(id.toString()));
    }
    return found;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<WebhookDelivery> lockDue(Instant now, int limit, UUID marketplaceId) {
    // SQL, not JPQL: SKIP LOCKED has no JPA form, and Hibernate's MySQL dialect writes "FOR UPDATE
    // OF <alias>", which MariaDB rejects. MySQL 8, MariaDB >= 10.6 and H2 2.x all accept it; H2
    // locks every row the WHERE matches (before the LIMIT), so there one claim at a time takes a
    // marketplace's due rows, still safely. The LIMIT is written in, as Hibernate would append its
    // own after the FOR UPDATE. ix_webhook_delivery_marketplace_due serves the WHERE and the ORDER.
    Query query =
        em.createNativeQuery(
            "SELECT d.* FROM webhook_delivery d WHERE d.marketplace_id = ?2"
                + " AND d.status = 'PENDING' AND d.next_attempt_at <= ?1"
                + " ORDER BY d.next_attempt_at LIMIT "
                + Math.max(1, limit)
                + " FOR UPDATE SKIP LOCKED",
            WebhookDelivery.class);
    query.setParameter(1, now);
    query.setParameter(2, marketplaceId.toString());
    return query.getResultList();
  }

  @Override
  public Backlog backlog(Instant now) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT COUNT(*), MIN(d.next_attempt_at)" + DUE)
                .setParameter(1, now)
                .getSingleResult();
    return new Backlog(((Number) row[0]).longValue(), instant(row[1]));
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
