package com.opensylo.ratelimit.service;

import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The environment of a client, as the server registered it (never as a caller claims it), kept on
 * this node for a few minutes: a client's environment is fixed when it is created, so the cache can
 * only be stale for a client deleted meanwhile, whose tokens the bearer-token filter refuses
 * anyway.
 */
@ApplicationScoped
public class ClientEnvironments {

  private static final long KEEP_NANOS = TimeUnit.MINUTES.toNanos(5);

  /** Beyond this many cached clients the cache starts over rather than grow without bound. */
  private static final int MAX_ENTRIES = 10_000;

  private record Known(ClientEnvironment environment, long loadedAt) {}

  @Inject ClientLookup clients;

  private final Map<String, Known> cache = new ConcurrentHashMap<>();

  /** The environment of the client {@code clientId}; empty for an unknown client. */
  public Optional<ClientEnvironment> of(String clientId) {
    long now = System.nanoTime();
    Known known = cache.get(clientId);
    if (known != null && now - known.loadedAt() < KEEP_NANOS) {
      return Optional.of(known.environment());
    }
    Optional<ClientEnvironment> environment =
        clients.findByClientId(clientId).map(OAuthClient::environment);
    if (environment.isPresent()) {
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(clientId, new Known(environment.get(), now));
    }
    return environment;
  }
}
