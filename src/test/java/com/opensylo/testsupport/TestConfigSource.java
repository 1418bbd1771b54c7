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

  @Override
  public Set<String> getPropertyNames() {
    return VALUES.keySet();
  }

  @Override
  public String getValue(String name) {
    return VALUES.get(name);
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
