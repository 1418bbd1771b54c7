package com.opensylo.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that move the shared server's clock ({@link OAuth#moveClock}) or override its
 * configuration ({@link OAuth#setConfig}): after every test, passed or failed, the clock is real
 * time again and every override is gone, so no later test (of this class or another) runs on a
 * moved server. Register with {@code @ExtendWith(RestoreServerOverrides.class)}.
 */
public final class RestoreServerOverrides implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    OAuth.restoreServer();
  }
}
