package com.opensylo.shared.crypto;

import com.opensylo.shared.error.RetryLaterException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes for merchants and dashboard users: Argon2id at OWASP's current minimum (19 MiB, 2
 * passes, 1 lane; OWASP Password Storage Cheat Sheet), 16-byte salt, 32-byte hash, stored as a PHC
 * string ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}) so the cost can be raised later.
 * The JDK has no Argon2, so Bouncy Castle's generator computes it. Hashes from before the switch
 * (PBKDF2-HMAC-SHA256, 600,000 iterations) still verify, and {@link #needsRehash} tells sign-in to
 * replace them.
 *
 * <p>Each hash holds 19 MiB and a core for about 60 ms, so at most {@code 2 × cores} run at once
 * and the others wait up to 10 s for a slot, then get 503 with {@code Retry-After}: a burst of
 * sign-ins queues instead of exhausting memory. Hand-written with a {@link Semaphore} because
 * MicroProfile Fault Tolerance's synchronous {@code @Bulkhead} rejects at once rather than letting
 * callers wait.
 */
@ApplicationScoped
public class PasswordHasher {

  /** Argon2id memory in KiB (19 MiB), passes and lanes: OWASP's first recommended configuration. */
  public static final int MEMORY_KIB = 19_456;

  public static final int PASSES = 2;
  public static final int LANES = 1;

  private static final String PREFIX =
      "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$";
  private static final String LEGACY_SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private final Semaphore slots;
  private final Duration maxWait;

  /**
   * A dummy hash to compare against when the account does not exist, so both cases cost the same.
   */
  private final String decoy;

  public PasswordHasher() {
    this(2 * Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(10));
  }

  PasswordHasher(int concurrentHashes, Duration maxWait) {
    this.slots = new Semaphore(concurrentHashes, true);
    this.maxWait = maxWait;
    // newHash, not hash: a CDI proxy must not run the limiter while the bean is being built
    this.decoy = newHash("decoy-password-for-timing");
  }

  public String hash(String password) {
    return limited(() -> newHash(password));
  }

  /**
   * Whether {@code password} matches {@code stored}; a null {@code stored} costs the same and
   * fails.
   */
  public boolean matches(String password, String stored) {
    boolean matched =
        password != null && limited(() -> verify(password, stored == null ? decoy : stored));
    return matched && stored != null;
  }

  /**
   * Whether {@code stored} was made with other parameters than today's (rehash it at the next
   * sign-in).
   */
  public boolean needsRehash(String stored) {
    return stored == null || !stored.startsWith(PREFIX);
  }

  private <T> T limited(Supplier<T> work) {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new RetryLaterException(
          503, "BUSY", "Too many sign-ins at once; retry shortly.", Duration.ofSeconds(1));
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }

  private static String newHash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return PREFIX
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(argon2id(password, salt, MEMORY_KIB, PASSES, LANES, 32));
  }

  private static boolean verify(String password, String stored) {
    try {
      if (stored.startsWith("$argon2id$")) {
        // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !"v=19".equals(parts[2])) {
          return false;
        }
        String[] params = parts[3].split(",");
        int memory = bounded(params[0], "m=", 8, 1 << 21);
        int passes = bounded(params[1], "t=", 1, 16);
        int lanes = bounded(params[2], "p=", 1, 16);
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        byte[] expected = Base64.getDecoder().decode(parts[5]);
        return MessageDigest.isEqual(
            expected, argon2id(password, salt, memory, passes, lanes, expected.length));
      }
      if (stored.startsWith(LEGACY_SCHEME + "$")) {
        String[] parts = stored.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(
            expected, pbkdf2(password, salt, bounded(parts[1], "", 1, 10_000_000)));
      }
      return false;
    } catch (RuntimeException e) {
      return false; // an unreadable stored hash matches nothing
    }
  }

  private static int bounded(String value, String prefix, int min, int max) {
    if (!value.startsWith(prefix)) {
      throw new IllegalArgumentException("expected " + prefix);
    }
    int parsed = Integer.parseInt(value.substring(prefix.length()));
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException("out of range: " + value);
    }
    return parsed;
  }

  private static byte[] argon2id(
      String password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKib)
            .withIterations(passes)
            .withParallelism(lanes)
            .build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
