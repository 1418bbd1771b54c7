package com.opensylo.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, for the tests that need a real browser (the
 * consent page, the README walkthrough). Where either is not installed the calling test is skipped
 * with {@code why}; {@code .ci/run} installs both.
 */
public final class HeadlessChromium {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Whether Chromium and its driver are installed. */
  public static boolean installed() {
    return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
  }

  /** A new browser with a fresh profile; the caller quits it. Skips the test when not installed. */
  public static WebDriver start(String why) throws IOException {
    assumeTrue(installed(), "Debian chromium and chromium-driver are not installed: " + why);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    return new ChromeDriver(
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
  }
}
