package com.opensylo.shared.crypto;

import com.opensylo.shared.config.StartupRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Where the platform master key comes from, and the rules it must meet (at least 32 bytes, base64).
 * In order:
 *
 * <ol>
 *   <li>{@code OPENSYLO_MASTER_KEY}, which every deployment outside development sets;
 *   <li>on a development server only ({@code opensylo.master-key-file} set, as Maven does for the
 *       servers it creates): the key in that file, readable by its owner only. An older development
 *       database that still holds its key in {@code platform_key} ('master') has it moved to the
 *       file and deleted from the database; a fresh one gets a generated key;
 *   <li>otherwise the server refuses to start: a key kept in the database would let any dump or
 *       replica recover the signing keys and every webhook secret.
 * </ol>
 *
 * Messages never contain a key.
 */
final class MasterKeySource {

  private static final Logger LOG = Logger.getLogger(MasterKeySource.class.getName());
  static final int MIN_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Optional<String> configured;
  private final Optional<Path> file;
  private final MasterKeyDatabase database;

  MasterKeySource(Optional<String> configured, Optional<Path> file, MasterKeyDatabase database) {
    this.configured = configured.filter(s -> !s.isBlank());
    this.file = file;
    this.database = database;
  }

  /** The master key, or a {@link StartupRefusedException} saying what the operator must do. */
  byte[] masterKey() {
    if (configured.isPresent()) {
      byte[] key = decode(configured.get(), "OPENSYLO_MASTER_KEY");
      dropLegacyCopy(key, "OPENSYLO_MASTER_KEY");
      return key;
    }
    if (file.isEmpty()) {
      throw new StartupRefusedException(
          "OPENSYLO_MASTER_KEY is not set. Outside development the server does not start without"
              + " it: set it to at least 32 random bytes, base64-encoded (for example the output of"
              + " 'head -c 32 /dev/urandom | base64'), the same value on every node, kept outside"
              + " the database."
              + (database.legacyMasterKey().isPresent()
                  ? " This database still holds the master key an earlier version generated, in"
                      + " table platform_key (name 'master'): set OPENSYLO_MASTER_KEY to that"
                      + " value, then delete the row."
                  : ""));
    }
    Path path = file.get();
    if (Files.exists(path)) {
      byte[] key = decode(read(path), "The master key file " + path);
      ownerOnly(path);
      dropLegacyCopy(key, path.toString());
      return key;
    }
    Optional<String> legacy = database.legacyMasterKey();
    if (legacy.isPresent()) {
      byte[] key = decode(legacy.get(), "The master key in table platform_key");
      write(path, key);
      database.deleteLegacyMasterKey();
      LOG.warning(
          () ->
              "Moved the development master key out of the database (platform_key 'master') into "
                  + path
                  + " (owner-only); keep that file: without it the data encrypted under the key"
                  + " cannot be read");
      return key;
    }
    if (database.holdsEncryptedKeys()) {
      throw new StartupRefusedException(
          "The database holds signing keys encrypted under a master key, but neither"
              + " OPENSYLO_MASTER_KEY nor the master key file "
              + path
              + " provides one: restore that file, or set OPENSYLO_MASTER_KEY to the key the data"
              + " was encrypted with.");
    }
    byte[] key = Base64.getUrlDecoder().decode(Secrets.urlSafe(MIN_BYTES));
    write(path, key);
    LOG.warning(
        () ->
            "OPENSYLO_MASTER_KEY is not set: generated a development master key in "
                + path
                + " (owner-only). Production sets OPENSYLO_MASTER_KEY (README).");
    return key;
  }

  private static byte[] decode(String encoded, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded.trim());
    } catch (IllegalArgumentException e) {
      throw new StartupRefusedException(source + " is not valid base64.");
    }
    if (key.length < MIN_BYTES) {
      throw new StartupRefusedException(
          source + " must decode to at least " + MIN_BYTES + " bytes (256 bits).");
    }
    return key;
  }

  /** A copy of the key in the database defeats keeping it out; another key there is only noise. */
  private void dropLegacyCopy(byte[] key, String source) {
    Optional<String> legacy = database.legacyMasterKey();
    if (legacy.isEmpty()) {
      return;
    }
    byte[] stored;
    try {
      stored = Base64.getDecoder().decode(legacy.get().trim());
    } catch (IllegalArgumentException e) {
      stored = new byte[0];
    }
    if (MessageDigest.isEqual(stored, key)) {
      database.deleteLegacyMasterKey();
      LOG.warning(
          () ->
              "Deleted the copy of the master key ("
                  + source
                  + ") that table platform_key still held");
    } else {
      LOG.warning(
          "Table platform_key holds an unused master key (name 'master') from an earlier version;"
              + " delete the row once no data needs it");
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new StartupRefusedException("Cannot read the master key file " + path + ": " + e);
    }
  }

  private static void ownerOnly(Path path) {
    try {
      if (!Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(path, OWNER_ONLY);
        LOG.warning(() -> "Made the master key file " + path + " readable by its owner only");
      }
    } catch (UnsupportedOperationException | IOException e) {
      LOG.fine(() -> "Cannot check the permissions of " + path + ": " + e);
    }
  }

  /** Writes the key to a new owner-only file beside {@code path}, then moves it into place. */
  private static void write(Path path, byte[] key) {
    Path absolute = path.toAbsolutePath();
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    try {
      Files.createDirectories(absolute.getParent());
      Files.deleteIfExists(temporary);
      try {
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(temporary);
      }
      Files.writeString(
          temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      throw new StartupRefusedException(
          "The master key file " + path + " appeared while being created");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the master key file " + path, e);
    }
  }
}
