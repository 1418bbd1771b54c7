package com.opensylo.audit.domain;

import java.util.List;

/** Storage of audit events: append and read back, newest first. */
public interface AuditEventRepository {

  void add(AuditEvent event);

  /** The newest events matching every non-null filter, at most {@code limit}, newest first. */
  List<AuditEvent> newest(String type, String targetId, String actorId, int limit);
}
