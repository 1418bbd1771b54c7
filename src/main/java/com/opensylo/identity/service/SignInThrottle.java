package com.opensylo.identity.service;

import com.opensylo.identity.domain.SignInFailure;
import com.opensylo.identity.domain.SignInFailureRepository;
import com.opensylo.shared.crypto.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles failed sign-ins (dashboard users, merchants on the consent page, OAuth clients) in the
 * database, so failures on every node add up. Two counts per failure, in a {@code realm} that names
 * what is signed in to:
 *
 * <ul>
 *   <li>the account on one source address, with the caller's {@link Limit}: a stranger elsewhere
 *       cannot lock the owner out, and an unknown account counts exactly like a known one, so the
 *       lock reveals nothing about which accounts exist;
 *   <li>the source address across all accounts of the realm ({@code
 *       opensylo.sign-in.source.max-failures} within {@code opensylo.sign-in.source.window}, then
 *       locked for that window), against one address trying many accounts.
 * </ul>
 *
 * Keys are stored as keyed hashes; no password, account name or address is kept. Callers ask {@link
 * #lockedFor} before checking a password and report the outcome with {@link #recordFailure} or
 * {@link #recordSuccess}.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Failures of one account (on one source) that lock it, and for how long. */
  public record Limit(int maxFailures, Duration lockFor) {}

  /** What one failure did: whether it locked the account (on that source), the source, or both. */
  public record Failure(boolean accountLocked, boolean sourceLocked) {

    public boolean lockedAnything() {
      return accountLocked || sourceLocked;
    }
  }

  @Inject SignInFailureRepository failures;
  @Inject SecretHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "opensylo.sign-in.source.max-failures")
  Provider<Integer> sourceMaxFailures;

  @Inject
  @ConfigProperty(name = "opensylo.sign-in.source.window")
  Provider<Duration> sourceWindow;

  /**
   * How long {@code account} must still wait before trying again from {@code source} (the longer of
   * the account's and the source's lock); empty when it may try now.
   */
  @Transactional
  public Optional<Duration> lockedFor(String realm, String account, String source) {
    Instant now = Instant.now(clock);
    Duration wait =
        longer(
            remaining(accountKey(realm, account, source), now),
            remaining(sourceKey(realm, source), now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /**
   * How long {@code account} must still wait on {@code source} by its own count alone, for callers
   * that count with {@link #recordAccountFailure} and so have no source-wide row (one read, not
   * two: OAuth clients ask on every token request).
   */
  @Transactional
  public Optional<Duration> accountLockedFor(String realm, String account, String source) {
    Duration wait = remaining(accountKey(realm, account, source), Instant.now(clock));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /**
   * Counts a failed sign-in of {@code account} from {@code source}; says whether this failure
   * locked the account or the source.
   */
  @Transactional
  public Failure recordFailure(String realm, String account, String source, Limit accountLimit) {
    Instant now = Instant.now(clock);
    // always the account row first, then the source row: concurrent failures never deadlock
    boolean accountLocked =
        lockOrCreate(accountKey(realm, account, source))
            .recordFailure(
                now, accountLimit.maxFailures(), accountLimit.lockFor(), accountLimit.lockFor());
    Duration window = sourceWindow.get();
    boolean sourceLocked =
        lockOrCreate(sourceKey(realm, source))
            .recordFailure(now, sourceMaxFailures.get(), window, window);
    return new Failure(accountLocked, sourceLocked);
  }

  /**
   * Counts a failure of {@code account} from {@code source} against the account alone, with no
   * source-wide count: for callers whose secrets cannot be guessed (OAuth clients), where a lock on
   * a whole address would only let anyone refuse everyone behind it. Whether it locked.
   */
  @Transactional
  public boolean recordAccountFailure(
      String realm, String account, String source, Limit accountLimit) {
    return lockOrCreate(accountKey(realm, account, source))
        .recordFailure(
            Instant.now(clock),
            accountLimit.maxFailures(),
            accountLimit.lockFor(),
            accountLimit.lockFor());
  }

  /**
   * A successful sign-in clears the account's count on that source (not the source's count, which
   * an attacker's own account must not reset).
   */
  @Transactional
  public void recordSuccess(String realm, String account, String source) {
    failures.remove(accountKey(realm, account, source));
  }

  /** The count for {@code key}, created if need be, locked until the caller's transaction ends. */
  private SignInFailure lockOrCreate(String key) {
    failures.createIfAbsent(key);
    return failures.lock(key);
  }

  private Duration remaining(String key, Instant now) {
    return failures.find(key).map(f -> f.lockRemainingAt(now)).orElse(Duration.ZERO);
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private String accountKey(String realm, String account, String source) {
    return hasher.hash(
        "sign-in-account\n" + realm + "\n" + nonNull(account) + "\n" + nonNull(source));
  }

  private String sourceKey(String realm, String source) {
    return hasher.hash("sign-in-source\n" + realm + "\n" + nonNull(source));
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
