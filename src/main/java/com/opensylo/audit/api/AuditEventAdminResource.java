package com.opensylo.audit.api;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.shared.error.SnakeCaseErrors;
import com.opensylo.shared.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The security audit trail (SPEC §5). Group {@code admin}; snake_case bodies. */
@Path("/v1/admin/audit-events")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@SnakeCaseErrors
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: audit")
@SecurityRequirement(name = "bearer")
public class AuditEventAdminResource {

  @Inject AuditService audit;

  /** One event: who did what to what, when, from where; every key present. Never a secret. */
  @SuppressWarnings(
      "deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours on records
  public record AuditEventResponse(
      String id,
      String type,
      String outcome,
      @JsonbProperty("actor_type") String actorType,
      @JsonbProperty(value = "actor_id", nillable = true) String actorId,
      @JsonbProperty(value = "target_type", nillable = true) String targetType,
      @JsonbProperty(value = "target_id", nillable = true) String targetId,
      @JsonbProperty(value = "source_address", nillable = true) String sourceAddress,
      @JsonbProperty(value = "correlation_id", nillable = true) String correlationId,
      @JsonbProperty(nillable = true) String details,
      @JsonbProperty("occurred_at") Instant occurredAt) {

    static AuditEventResponse of(AuditEvent e) {
      return new AuditEventResponse(
          e.id().toString(),
          e.type(),
          e.outcome().name(),
          e.actorType(),
          e.actorId(),
          e.targetType(),
          e.targetId(),
          e.sourceAddress(),
          e.correlationId(),
          e.details(),
          e.occurredAt());
    }
  }

  /** {@code {events}} */
  public record AuditEventsResponse(List<AuditEventResponse> events) {}

  /**
   * The newest events, filtered by {@code type}, {@code target_id} and {@code actor_id} (all
   * optional), at most {@code limit} (1–500, default 100). 200; 400 bad filter; 401; 403 without
   * group admin.
   */
  @GET
  @Operation(summary = "Security audit trail")
  public AuditEventsResponse list(
      @QueryParam("type") @Size(max = 64) String type,
      @QueryParam("target_id") @Size(max = 255) String targetId,
      @QueryParam("actor_id") @Size(max = 255) String actorId,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    return new AuditEventsResponse(
        audit.newest(type, targetId, actorId, limit).stream().map(AuditEventResponse::of).toList());
  }
}
