package com.opensylo.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Writes the suite's public key before any test runs, hence before Arquillian starts the server that reads it.
 * Registered in {@code META-INF/services}.
 */
public class TestKeySessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    TestKeys.signingKey();
  }
}
