package com.opensylo.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.shared.config.StartupRefusedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bootstrap admin secret must carry at least 256 bits (L6). */
class IdentityStartupTest {

  private static final String BODY_43 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_Z";

  @Test
  void strongSecretsPass() {
    assertThat(BODY_43).hasSize(43);
    assertThat(IdentityStartup.isStrongSecret(BODY_43)).isTrue();
    assertThat(IdentityStartup.isStrongSecret("cs_secret_" + BODY_43)).isTrue();
    assertThat(IdentityStartup.isStrongSecret(ClientSecret.generate())).isTrue();
    assertThat(IdentityStartup.isStrongSecret(BODY_43 + "xyz")).isTrue();
  }

  @Test
  void shortOrForeignAlphabetSecretsFail() {
    assertThat(IdentityStartup.isStrongSecret(BODY_43.substring(1))).isFalse();
    // the prefix does not count towards the 43
    assertThat(IdentityStartup.isStrongSecret("cs_secret_" + BODY_43.substring(10))).isFalse();
    assertThat(IdentityStartup.isStrongSecret(BODY_43.substring(1) + "=")).isFalse();
    assertThat(IdentityStartup.isStrongSecret(BODY_43.substring(1) + "+")).isFalse();
    assertThat(IdentityStartup.isStrongSecret(BODY_43.substring(1) + " ")).isFalse();
    assertThat(IdentityStartup.isStrongSecret("admin")).isFalse();
    assertThat(IdentityStartup.isStrongSecret("")).isFalse();
  }

  @Test
  void aWeakSecretRefusesTheStartWithoutShowingIt() {
    String weak = "cs_secret_password123";
    assertThatThrownBy(
            () -> IdentityStartup.checkBootstrapAdmin(Optional.of("ops_admin"), Optional.of(weak)))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageStartingWith("OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_SECRET is too weak")
        .message()
        .doesNotContain(weak)
        .doesNotContain("password123");
  }

  @Test
  void halfABootstrapConfigurationIsRefused() {
    assertThatThrownBy(
            () -> IdentityStartup.checkBootstrapAdmin(Optional.of("ops_admin"), Optional.empty()))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("or neither");
    assertThatThrownBy(
            () ->
                IdentityStartup.checkBootstrapAdmin(
                    Optional.empty(), Optional.of("cs_secret_" + BODY_43)))
        .isInstanceOf(StartupRefusedException.class);
    assertThatNoException()
        .isThrownBy(() -> IdentityStartup.checkBootstrapAdmin(Optional.empty(), Optional.empty()));
    assertThatNoException()
        .isThrownBy(
            () ->
                IdentityStartup.checkBootstrapAdmin(
                    Optional.of("ops_admin"), Optional.of("cs_secret_" + BODY_43)));
  }
}
