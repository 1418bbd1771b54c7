package com.opensylo.identity.service;

import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.shared.config.StartupRefusedException;
import com.opensylo.shared.crypto.MasterKey;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up of the identity feature: the master key (refusing to start without a usable one), an
 * active signing key, and the bootstrap admin client an operator uses to get the first admin token.
 * Bootstrap runs once per database: with {@code OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_ID}/{@code _SECRET}
 * set (the secret at least 256 bits), that client is created if missing; once done, a marker in
 * {@code platform_key} keeps a client the operator deleted from coming back at the next restart.
 * Without them, and only where {@code opensylo.bootstrap.credentials-file} is configured (the
 * development servers Maven creates), a client with a random secret is created and its credentials
 * written to that file, readable by its owner only — never to a log. The work on the database is
 * {@link IdentityBootstrap}'s, one node at a time.
 */
@ApplicationScoped
public class IdentityStartup {

  private static final Logger LOG = Logger.getLogger(IdentityStartup.class.getName());

  /** 43 base64url characters carry 258 bits. */
  static final int MIN_SECRET_CHARACTERS = 43;

  @Inject IdentityBootstrap bootstrap;
  @Inject IdentitySettings settings;
  @Inject MasterKey masterKey;

  @Inject
  @ConfigProperty(name = "opensylo.bootstrap.credentials-file")
  Optional<String> credentialsFile;

  /**
   * Runs before the other start-up observers, so a refused setting stops the application before
   * anything else starts.
   */
  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    Optional<String> id = settings.bootstrapAdminClientId();
    Optional<String> secret = settings.bootstrapAdminClientSecret();
    try {
      masterKey.require();
      checkBootstrapAdmin(id, secret);
    } catch (StartupRefusedException refused) {
      LOG.severe("OpenSylo refuses to start: " + refused.getMessage());
      throw refused;
    }
    bootstrap.run(id, secret, credentialsFile.filter(f -> !f.isBlank()).map(Path::of));
  }

  /**
   * Refuses half a bootstrap configuration and a bootstrap secret under 256 bits: at least 43
   * characters of the URL-safe base64 alphabet after an optional {@code cs_secret_} prefix. The
   * message never contains the secret.
   */
  static void checkBootstrapAdmin(Optional<String> id, Optional<String> secret) {
    if (id.isPresent() != secret.isPresent()) {
      throw new StartupRefusedException(
          "Set both OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_ID and OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_SECRET,"
              + " or neither.");
    }
    if (secret.isPresent() && !isStrongSecret(secret.get())) {
      throw new StartupRefusedException(
          "OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_SECRET is too weak: it must be at least "
              + MIN_SECRET_CHARACTERS
              + " characters of the URL-safe base64 alphabet (A-Z, a-z, 0-9, '-', '_'; 256 bits),"
              + " optionally after the prefix "
              + ClientSecret.PREFIX
              + ". Generate one with: echo \"cs_secret_$(head -c 32 /dev/urandom | base64 | tr '+/'"
              + " '-_' | tr -d '=')\"");
    }
  }

  static boolean isStrongSecret(String secret) {
    String body =
        secret.startsWith(ClientSecret.PREFIX)
            ? secret.substring(ClientSecret.PREFIX.length())
            : secret;
    return body.length() >= MIN_SECRET_CHARACTERS
        && body.chars()
            .allMatch(
                c ->
                    (c >= 'A' && c <= 'Z')
                        || (c >= 'a' && c <= 'z')
                        || (c >= '0' && c <= '9')
                        || c == '-'
                        || c == '_');
  }
}
