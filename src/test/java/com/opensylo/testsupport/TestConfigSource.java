package com.opensylo.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Test-only MicroProfile Config source (added to the deployment, never shipped) whose values {@link
 * ProbeResource} sets, so a test can switch a setting such as refresh-token rotation on and off
 * without restarting the server.
 */
public class TestConfigSource implements ConfigSource {

  static final Map<String, String> VALUES = new ConcurrentHashMap<>();

  /**
   * Test-run defaults, in force while no test overrides them. The whole suite signs in from one
   * address (127.0.0.1), so the per-address sign-in throttle would otherwise lock later test
   * classes out; the tests of that throttle set their own limit.
   */
  static final Map<String, String> DEFAULTS =
      Map.of("opensylo.sign-in.source.max-failures", "1000000");

  @Override
  public Set<String> getPropertyNames() {
    Set<String> names = new java.util.HashSet<>(DEFAULTS.keySet());
    names.addAll(VALUES.keySet());
    return names;
  }

  @Override
  public String getValue(String name) {
    return VALUES.getOrDefault(name, DEFAULTS.get(name));
  }

  @Override
  public String getName() {
    return "opensylo-test-overrides";
  }

  @Override
  public int getOrdinal() {
    return 900;
  }
}
