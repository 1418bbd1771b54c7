package com.opensylo.identity.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /v1/admin/oauth-clients} body (snake_case, SPEC §5). URIs are checked by {@link
 * ClientRegistrationRules}.
 */
public record CreateOAuthClientRequest(
    @JsonbProperty("client_name") @NotBlank @Size(max = 255) String clientName,
    @JsonbProperty("redirect_uris") @NotEmpty @Size(max = 20)
        List<@NotNull @Size(max = 2048) String> redirectUris,
    @JsonbProperty("allowed_scopes") @NotEmpty List<@NotNull String> allowedScopes,
    @JsonbProperty("client_type")
        @Pattern(regexp = "confidential|public", message = "must be confidential or public")
        String clientType,
    @JsonbProperty("allowed_origins") @Size(max = 20)
        List<@NotNull @Size(max = 255) String> allowedOrigins,
    @JsonbProperty("client_uri") @Size(max = 2048) String clientUri,
    @JsonbProperty("logo_uri") @Size(max = 2048) String logoUri,
    @JsonbProperty("owner_id") @Size(max = 255) String ownerId,
    @JsonbProperty("brand_id") @Size(max = 255) String brandId,
    @JsonbProperty("is_first_party") Boolean firstParty) {}
