package com.opensylo.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Encryption and keyed hashing under the master key: what is sealed reads back only under the same
 * master key, and the two purposes use different derived keys.
 */
class MasterKeyCipherTest {

  private static final byte[] PLAIN = "whsec_example".getBytes(StandardCharsets.UTF_8);

  private static MasterKey masterKey(byte fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, fill);
    MasterKey masterKey = new MasterKey();
    masterKey.configured = Optional.of(Base64.getEncoder().encodeToString(key));
    masterKey.file = Optional.empty();
    masterKey.database =
        new MasterKeyDatabase() {
          @Override
          public Optional<String> legacyMasterKey() {
            return Optional.empty();
          }

          @Override
          public void deleteLegacyMasterKey() {}

          @Override
          public boolean holdsEncryptedKeys() {
            return false;
          }
        };
    return masterKey;
  }

  private static MasterKeyCipher cipher(MasterKey masterKey) {
    MasterKeyCipher cipher = new MasterKeyCipher();
    cipher.masterKey = masterKey;
    return cipher;
  }

  @Test
  void whatIsSealedReadsBackAndEachSealingDiffers() {
    MasterKeyCipher cipher = cipher(masterKey((byte) 7));
    String first = cipher.encrypt(PLAIN);
    String second = cipher.encrypt(PLAIN);
    assertThat(first).isNotEqualTo(second);
    assertThat(cipher.decrypt(first)).isEqualTo(PLAIN);
    assertThat(cipher.decrypt(second)).isEqualTo(PLAIN);
  }

  @Test
  void anotherMasterKeyCannotReadIt() {
    String sealed = cipher(masterKey((byte) 7)).encrypt(PLAIN);
    assertThatThrownBy(() -> cipher(masterKey((byte) 9)).decrypt(sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot decrypt with the current master key");
  }

  @Test
  void hashingAndEncryptionUseDifferentDerivedKeys() {
    MasterKey key = masterKey((byte) 7);
    SecretHasher hasher = new SecretHasher();
    hasher.masterKey = key;
    String hash = hasher.hash("cs_secret_x");
    assertThat(hash).hasSize(64).isEqualTo(hasher.hash("cs_secret_x"));
    assertThat(hasher.matches("cs_secret_x", hash)).isTrue();
    assertThat(hasher.matches("cs_secret_y", hash)).isFalse();
    assertThat(key.derive("opensylo/secret-hash/v1"))
        .isNotEqualTo(key.derive("opensylo/key-encryption/v1"));
  }
}
