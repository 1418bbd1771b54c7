package com.opensylo.identity.service;

import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.ClientType;
import com.opensylo.identity.domain.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
 * Start-up of the identity feature: an active signing key, and the bootstrap admin client an
 * operator uses to get the first admin token. With {@code
 * OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_ID}/{@code _SECRET} set, that client is created if missing.
 * Without them, and only where {@code opensylo.bootstrap.credentials-file} is configured (the
 * development servers Maven creates), a client with a random secret is created and its credentials
 * written to that file, readable by its owner only — never to a log.
 */
@ApplicationScoped
public class IdentityStartup {

  private static final Logger LOG = Logger.getLogger(IdentityStartup.class.getName());
  private static final String GENERATED_ADMIN_ID = "opensylo_admin";

  @Inject SigningKeyService signingKeys;
  @Inject ClientService clients;
  @Inject IdentitySettings settings;

  @Inject
  @ConfigProperty(name = "opensylo.bootstrap.credentials-file")
  Optional<String> credentialsFile;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    signingKeys.ensureActiveKey();
    Optional<String> id = settings.bootstrapAdminClientId();
    Optional<String> secret = settings.bootstrapAdminClientSecret();
    if (id.isPresent() && secret.isPresent()) {
      if (clients.createIfMissing(id.get(), secret.get(), adminClient())) {
        LOG.info(() -> "Created bootstrap admin client " + id.get());
      }
    } else if (credentialsFile.filter(f -> !f.isBlank()).isPresent()) {
      Path file = Path.of(credentialsFile.get());
      String generated = Secrets.clientSecret();
      if (clients.createIfMissing(GENERATED_ADMIN_ID, generated, adminClient())) {
        write(file, GENERATED_ADMIN_ID, generated);
        LOG.info(
            () ->
                "Created development admin client "
                    + GENERATED_ADMIN_ID
                    + "; credentials in "
                    + file);
      }
    }
  }

  private static ClientService.NewClient adminClient() {
    return new ClientService.NewClient(
        "OpenSylo bootstrap admin",
        ClientType.CONFIDENTIAL,
        ClientEnvironment.PRODUCTION,
        List.of("http://127.0.0.1/unused"),
        List.of(Scopes.ADMIN),
        List.of(),
        null,
        null,
        null,
        null,
        true,
        null);
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
