package com.opensylo.ops;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.logging.Logger;

/**
 * Writes a {@code node.started} audit event each time an application node starts, so operators can
 * see every start (and restart) of every node in the audit trail.
 */
@ApplicationScoped
public class NodeStartRecorder {

  private static final Logger LOG = Logger.getLogger(NodeStartRecorder.class.getName());

  @Inject AuditService audit;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    String node = hostName();
    audit.record(
        "node.started",
        AuditEvent.Outcome.SUCCESS,
        AuditService.Actor.system(),
        "node",
        node,
        null,
        null);
    LOG.info(() -> "OpenSylo node " + node + " started");
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
