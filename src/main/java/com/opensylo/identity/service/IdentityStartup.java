package com.opensylo.identity.service;

import com.opensylo.identity.domain.ClientRegistration;
import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.shared.config.StartupRefusedException;
import com.opensylo.shared.crypto.MasterKey;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
 * written to that file, readable by its owner only — never to a log.
 */
@ApplicationScoped
public class IdentityStartup {

  private static final Logger LOG = Logger.getLogger(IdentityStartup.class.getName());
  private static final String GENERATED_ADMIN_ID = "opensylo_admin";

  /** The {@code platform_key} row that records that bootstrap ran (its value: the client id). */
  static final String BOOTSTRAP_DONE = "bootstrap-admin.done";

  /** 43 base64url characters carry 258 bits. */
  static final int MIN_SECRET_CHARACTERS = 43;

  @Inject SigningKeyService signingKeys;
  @Inject ClientAdministration clients;
  @Inject IdentitySettings settings;
  @Inject MasterKey masterKey;
  @Inject PlatformKeyStore store;

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
    signingKeys.ensureActiveKey();
    if (store.find(BOOTSTRAP_DONE).isPresent()) {
      // bootstrap runs once per database: a client the operator deleted stays deleted
      return;
    }
    if (id.isPresent() && secret.isPresent()) {
      if (clients.registerIfMissing(id.get(), secret.get(), adminClient())) {
        LOG.info(() -> "Created bootstrap admin client " + id.get());
      }
      markBootstrapDone(id.get());
    } else if (credentialsFile.filter(f -> !f.isBlank()).isPresent()) {
      Path file = Path.of(credentialsFile.get());
      String generated = ClientSecret.generate();
      if (clients.registerIfMissing(GENERATED_ADMIN_ID, generated, adminClient())) {
        write(file, GENERATED_ADMIN_ID, generated);
        LOG.info(
            () ->
                "Created development admin client "
                    + GENERATED_ADMIN_ID
                    + "; credentials in "
                    + file);
      }
      markBootstrapDone(GENERATED_ADMIN_ID);
    }
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

  private void markBootstrapDone(String clientId) {
    try {
      store.create(BOOTSTRAP_DONE, clientId);
    } catch (RuntimeException anotherNodeFirst) {
      LOG.fine("Another node recorded the bootstrap first");
    }
  }

  private static ClientRegistration adminClient() {
    return ClientRegistration.named("OpenSylo bootstrap admin")
        .redirectUris(List.of("http://127.0.0.1/unused"))
        .allowedScopes(List.of(Scopes.ADMIN))
        .firstParty(true)
        .build();
  }

  private static void write(Path file, String clientId, String secret) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, "client_id=" + clientId + "\nclient_secret=" + secret + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the bootstrap admin credentials to " + file, e);
    }
  }
}
