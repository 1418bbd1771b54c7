package com.opensylo.identity.service;

import com.opensylo.identity.domain.ClientRegistration;
import com.opensylo.identity.domain.ClientSecret;
import com.opensylo.identity.domain.KeyRepository;
import com.opensylo.identity.domain.PlatformKey;
import com.opensylo.identity.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What a node's start-up makes in the database for identity: an active signing key, and once per
 * database the bootstrap admin client with the {@code platform_key} marker that it ran. One
 * transaction under the {@code identity_startup} row lock, so nodes starting together on an empty
 * database take turns: the second finds the first's key, client and marker, and neither fails on a
 * unique key. Nothing is half made: the client and its marker commit together or not at all. The
 * marker is read and written here, under the lock, not through {@link PlatformKeyStore}'s
 * transactions of its own.
 */
@ApplicationScoped
public class IdentityBootstrap {

  private static final Logger LOG = Logger.getLogger(IdentityBootstrap.class.getName());
  private static final String GENERATED_ADMIN_ID = "opensylo_admin";

  /** The {@code platform_key} row that records that bootstrap ran (its value: the client id). */
  static final String BOOTSTRAP_DONE = "bootstrap-admin.done";

  @Inject KeyRepository keys;
  @Inject SigningKeyService signingKeys;
  @Inject ClientAdministration clients;
  @Inject Clock clock;

  /**
   * With {@code id} and {@code secret} (checked by the caller) that client is registered if
   * missing; without them and with {@code credentialsFile}, a generated one whose credentials go to
   * that file.
   */
  @Transactional
  public void run(Optional<String> id, Optional<String> secret, Optional<Path> credentialsFile) {
    keys.lockStartup();
    signingKeys.ensureActiveKey();
    if (keys.findPlatformKey(BOOTSTRAP_DONE).isPresent()) {
      // bootstrap runs once per database: a client the operator deleted stays deleted
      return;
    }
    if (id.isPresent() && secret.isPresent()) {
      if (clients.registerIfMissing(id.get(), secret.get(), adminClient())) {
        LOG.info(() -> "Created bootstrap admin client " + id.get());
      }
      markDone(id.get());
    } else if (credentialsFile.isPresent()) {
      Path file = credentialsFile.get();
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
      markDone(GENERATED_ADMIN_ID);
    }
  }

  private void markDone(String clientId) {
    keys.addPlatformKey(new PlatformKey(BOOTSTRAP_DONE, clientId, Instant.now(clock)));
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
