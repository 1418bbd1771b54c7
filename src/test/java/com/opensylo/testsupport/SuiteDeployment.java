package com.opensylo.testsupport;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration suite: Arquillian's suite extension deploys it before the
 * first test class and undeploys it after the last, so the WAR is deployed once, not once per class
 * (each deployment costs about 11 s). Tests are black-box HTTP clients ({@code testable = false})
 * and set up their own data, so sharing one deployment couples nothing between them.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

  private SuiteDeployment() {}

  @Deployment(testable = false)
  public static WebArchive application() {
    return Deployments.application();
  }
}
