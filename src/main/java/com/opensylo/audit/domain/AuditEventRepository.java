package com.opensylo.audit.domain;

import java.util.List;

/** Storage of audit events: append and read back, newest first. */
public interface AuditEventRepository {

  void add(AuditEvent event);

  /** The newest events of {@code type} (all types when null), at most {@code limit}. */
  List<AuditEvent> newest(String type, int limit);
}
