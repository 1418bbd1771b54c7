package com.opensylo.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensylo.shared.config.StartupRefusedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master key comes from (M5): never the database, and no start without one. */
class MasterKeySourceTest {

  private static final String KEY = Base64.getEncoder().encodeToString(bytes(32, (byte) 7));
  private static final String OTHER_KEY = Base64.getEncoder().encodeToString(bytes(32, (byte) 9));

  @TempDir Path dir;

  /** A database with an optional legacy 'master' row, and signing keys or none. */
  static final class FakeDatabase implements MasterKeyDatabase {
    String legacy;
    boolean signingKeys;

    @Override
    public Optional<String> legacyMasterKey() {
      return Optional.ofNullable(legacy);
    }

    @Override
    public void deleteLegacyMasterKey() {
      legacy = null;
    }

    @Override
    public boolean holdsEncryptedKeys() {
      return signingKeys;
    }
  }

  private static byte[] bytes(int length, byte value) {
    byte[] b = new byte[length];
    java.util.Arrays.fill(b, value);
    return b;
  }

  @Test
  void theEnvironmentVariableWins() {
    FakeDatabase db = new FakeDatabase();
    Path file = dir.resolve("master-key");
    byte[] key = new MasterKeySource(Optional.of(KEY), Optional.of(file), db).masterKey();
    assertThat(key).isEqualTo(bytes(32, (byte) 7));
    assertThat(file).doesNotExist();
  }

  @Test
  void aCopyOfTheConfiguredKeyInTheDatabaseIsDeletedAnotherKeyIsLeft() {
    FakeDatabase db = new FakeDatabase();
    db.legacy = KEY;
    new MasterKeySource(Optional.of(KEY), Optional.empty(), db).masterKey();
    assertThat(db.legacy).isNull();

    db.legacy = OTHER_KEY;
    new MasterKeySource(Optional.of(KEY), Optional.empty(), db).masterKey();
    assertThat(db.legacy).isEqualTo(OTHER_KEY);
  }

  @Test
  void aTooShortOrInvalidKeyIsRefusedWithoutShowingIt() {
    String shortKey = Base64.getEncoder().encodeToString(bytes(31, (byte) 3));
    assertThatThrownBy(
            () ->
                new MasterKeySource(Optional.of(shortKey), Optional.empty(), new FakeDatabase())
                    .masterKey())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("OPENSYLO_MASTER_KEY must decode to at least 32 bytes")
        .message()
        .doesNotContain(shortKey);
    assertThatThrownBy(
            () ->
                new MasterKeySource(
                        Optional.of("not base64!"), Optional.empty(), new FakeDatabase())
                    .masterKey())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessage("OPENSYLO_MASTER_KEY is not valid base64.");
  }

  @Test
  void withoutTheVariableOrADevelopmentFileTheServerRefusesToStart() {
    FakeDatabase db = new FakeDatabase();
    assertThatThrownBy(
            () -> new MasterKeySource(Optional.empty(), Optional.empty(), db).masterKey())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageStartingWith("OPENSYLO_MASTER_KEY is not set.")
        .message()
        .doesNotContain("platform_key");

    // a production database an earlier version put its key in: refused too, with the way out
    db.legacy = KEY;
    assertThatThrownBy(
            () -> new MasterKeySource(Optional.empty(), Optional.empty(), db).masterKey())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("table platform_key (name 'master')")
        .message()
        .doesNotContain(KEY);
    assertThat(db.legacy).isEqualTo(KEY);
  }

  @Test
  void aDevelopmentServerGeneratesItsKeyInAnOwnerOnlyFileAndKeepsIt() throws Exception {
    FakeDatabase db = new FakeDatabase();
    Path file = dir.resolve("server/master-key");
    byte[] first = new MasterKeySource(Optional.empty(), Optional.of(file), db).masterKey();
    assertThat(first).hasSize(32);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).isEqualTo(first);
    assertThat(db.legacy).isNull();

    db.signingKeys = true;
    byte[] second = new MasterKeySource(Optional.empty(), Optional.of(file), db).masterKey();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aLegacyKeyInTheDatabaseMovesToTheFile() throws Exception {
    FakeDatabase db = new FakeDatabase();
    db.legacy = KEY;
    db.signingKeys = true;
    Path file = dir.resolve("master-key");
    byte[] key = new MasterKeySource(Optional.empty(), Optional.of(file), db).masterKey();
    assertThat(key).isEqualTo(bytes(32, (byte) 7));
    assertThat(db.legacy).isNull();
    assertThat(Files.readString(file, StandardCharsets.US_ASCII).trim()).isEqualTo(KEY);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(dir.resolve("master-key.tmp")).doesNotExist();
  }

  @Test
  void aLostFileIsNotReplacedByANewKeyWhenDataIsEncryptedAlready() {
    FakeDatabase db = new FakeDatabase();
    db.signingKeys = true;
    Path file = dir.resolve("master-key");
    assertThatThrownBy(
            () -> new MasterKeySource(Optional.empty(), Optional.of(file), db).masterKey())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("restore that file");
    assertThat(file).doesNotExist();
  }

  @Test
  void aFileWithAShortKeyIsRefusedAndAWideFileIsTightened() throws Exception {
    Path file = dir.resolve("master-key");
    Files.writeString(file, Base64.getEncoder().encodeToString(bytes(16, (byte) 1)));
    assertThatThrownBy(
            () ->
                new MasterKeySource(Optional.empty(), Optional.of(file), new FakeDatabase())
                    .masterKey())
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("must decode to at least 32 bytes");

    Files.writeString(file, KEY + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    new MasterKeySource(Optional.empty(), Optional.of(file), new FakeDatabase()).masterKey();
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }
}
