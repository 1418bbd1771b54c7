package com.opensylo.identity.service;

import com.opensylo.identity.domain.ClientType;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.ErrorCode;
import java.util.List;

/**
 * Where admin authority comes from (SPEC §5): only an operator client — confidential, first-party,
 * owned by nobody, allowed the {@code admin} scope and nothing else — and only through
 * client_credentials. No grant, consent or scope list of any other client ever confers it.
 */
public final class AdminAuthority {

  private AdminAuthority() {}

  /**
   * Refuses (400, naming {@code allowed_scopes}) a scope list that would give {@code admin} to a
   * client that is not an operator client, or mix it with other scopes on one.
   *
   * @param operator whether the client is (or, at registration, would become) an operator client
   */
  public static void checkScopes(
      List<String> scopes, boolean operator, ClientType type, boolean firstParty, String ownerId) {
    if (scopes == null) {
      return;
    }
    boolean asksAdmin = scopes.contains(Scopes.ADMIN);
    String problem = null;
    if (asksAdmin && !operator) {
      problem = "admin is reserved for operator clients; it cannot be added to this client";
    } else if (operator && (type != ClientType.CONFIDENTIAL || !firstParty || (ownerId != null))) {
      problem =
          "admin is reserved for operator clients: confidential, is_first_party true and no"
              + " owner_id";
    } else if (operator && (!asksAdmin || scopes.size() != 1)) {
      problem = "an operator client is allowed admin and no other scope";
    }
    if (problem != null) {
      throw new ApiException(
          400,
          ErrorCode.VALIDATION_FAILED,
          "allowed_scopes: " + problem,
          List.of(new ApiError.FieldError("allowed_scopes", problem)));
    }
  }
}
