package com.opensylo.audit.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.domain.AuditEventRepository;
import com.opensylo.shared.web.RequestCorrelation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records audit events. Joins the caller's transaction, so an audited change and its event commit
 * or roll back together; callers pass identifiers and outcomes only, never secrets.
 */
@ApplicationScoped
public class AuditService {

  @Inject AuditEventRepository repository;
  @Inject Clock clock;

  /** Who or what acted: its kind ({@code admin}, {@code merchant}, {@code system}…) and id. */
  public record Actor(String type, String id) {
    public static Actor system() {
      return new Actor("system", null);
    }

    /** An operator calling the admin API, named by their admin token's subject. */
    public static Actor admin(java.security.Principal caller) {
      return new Actor("admin", caller.getName());
    }
  }

  /** Records one event now, stamped with the current request's correlation id. */
  @Transactional(Transactional.TxType.REQUIRED)
  public AuditEvent record(
      String type,
      AuditEvent.Outcome outcome,
      Actor actor,
      String targetType,
      String targetId,
      String sourceAddress,
      String details) {
    AuditEvent event =
        new AuditEvent(
            Instant.now(clock),
            type,
            outcome,
            actor.type(),
            actor.id(),
            targetType,
            targetId,
            sourceAddress,
            RequestCorrelation.current().orElse(null),
            details);
    repository.add(event);
    return event;
  }

  /** The newest events matching every non-null filter (type, target id, actor id), newest first. */
  @Transactional
  public List<AuditEvent> newest(String type, String targetId, String actorId, int limit) {
    return repository.newest(type, targetId, actorId, limit);
  }
}
