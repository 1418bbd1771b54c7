package com.opensylo.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the WAR that {@code mvn package} built, exactly as it
 * ships, plus the test-only probe resources that exercise shared behaviour no product endpoint
 * reaches yet.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive application() {
    File war = new File("target/opensylo.war");
    if (!war.isFile()) {
      throw new IllegalStateException(
          "target/opensylo.war is missing: run the build through 'mvn verify'");
    }
    return ShrinkWrap.create(ZipImporter.class, "opensylo.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addClasses(
            ProbeResource.class,
            ProbeResource.ProbeRequest.class,
            ProbeResource.ProbeItem.class,
            MutableClock.class,
            TestConfigSource.class)
        .addAsResource(
            new org.jboss.shrinkwrap.api.asset.StringAsset(TestConfigSource.class.getName()),
            "META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource");
  }
}
