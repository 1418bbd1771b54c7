package com.opensylo.merchant.api;

import com.opensylo.identity.service.MerchantConsents;
import com.opensylo.merchant.service.PartnerCaller;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the {@link PartnerCaller} from the access token the scope filter admitted: a partner token
 * always has {@code client_id}; one acting for a merchant also names its grant.
 */
public final class PartnerCallers {

  private PartnerCallers() {}

  public static PartnerCaller of(SecurityContext security) {
    JsonWebToken token = (JsonWebToken) security.getUserPrincipal();
    Object clientId = token.getClaim("client_id"); // Object: see IntegrationHealthResource
    Object scope = token.getClaim("scope");
    Object grant = token.getClaim(MerchantConsents.GRANT_CLAIM);
    Set<String> scopes = new LinkedHashSet<>();
    if (scope != null) {
      for (String s : scope.toString().split(" ")) {
        if (!s.isEmpty()) {
          scopes.add(s);
        }
      }
    }
    return new PartnerCaller(
        clientId.toString(), scopes, grant == null ? null : token.getSubject());
  }
}
