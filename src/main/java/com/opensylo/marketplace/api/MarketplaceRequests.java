package com.opensylo.marketplace.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the marketplace admin API. */
public final class MarketplaceRequests {

  private MarketplaceRequests() {}

  /** SPEC §5 onboarding body. */
  public record CreateMarketplaceRequest(
      @NotNull
          @Pattern(
              regexp = "[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?",
              message =
                  "must be 1 to 32 lower-case letters, digits or inner hyphens (it names the client id)")
          String platformName,
      @NotBlank @Size(max = 255) String displayName,
      @NotNull @ValidCurrency String defaultCurrency,
      @NotNull @Pattern(regexp = "PRODUCTION|SANDBOX", message = "must be PRODUCTION or SANDBOX")
          String environment,
      @NotNull @Valid Owner owner,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 2048) String> redirectUris,
      @NotEmpty @Size(max = 20) List<@NotBlank String> allowedScopes) {}

  /** The marketplace's first user, its OWNER. */
  public record Owner(
      @NotBlank @Email @Size(max = 320) String email,
      @NotBlank @Size(max = 100) String firstName,
      @NotBlank @Size(max = 100) String lastName,
      @NotNull @Size(min = 12, max = 128, message = "must have 12 to 128 characters")
          String password) {}
}
