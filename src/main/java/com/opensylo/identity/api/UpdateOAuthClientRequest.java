package com.opensylo.identity.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code PATCH /v1/admin/oauth-clients/{clientId}} body: absent fields stay unchanged. {@code
 * client_type}, {@code brand_id} and {@code is_first_party} are immutable and refused with 400 when
 * present.
 */
public record UpdateOAuthClientRequest(
    @JsonbProperty("client_name")
        @Size(min = 1, max = 255)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String clientName,
    @JsonbProperty("redirect_uris") @Size(min = 1, max = 20)
        List<@NotNull @Size(max = 2048) String> redirectUris,
    @JsonbProperty("allowed_scopes") @Size(min = 1) List<@NotNull String> allowedScopes,
    @JsonbProperty("allowed_origins") @Size(max = 20)
        List<@NotNull @Size(max = 255) String> allowedOrigins,
    @JsonbProperty("client_uri") @Size(max = 2048) String clientUri,
    @JsonbProperty("logo_uri") @Size(max = 2048) String logoUri,
    Boolean enabled,
    @JsonbProperty("client_type") String clientType,
    @JsonbProperty("brand_id") String brandId,
    @JsonbProperty("is_first_party") Boolean firstParty) {}
