package com.opensylo.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.identity.domain.ClientEnvironment;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class WebhookTargetPolicyTest {

  private static boolean isPublic(String literal) throws Exception {
    return WebhookTargetPolicy.isPublic(InetAddress.getByName(literal));
  }

  @Test
  void internalAddressesAreNotPublic() throws Exception {
    for (String a :
        new String[] {
          "127.0.0.1",
          "127.8.9.10",
          "0.0.0.0",
          "10.1.2.3",
          "172.16.0.1",
          "172.31.255.255",
          "192.168.0.1",
          "169.254.169.254",
          "100.64.0.1",
          "100.127.255.254",
          "224.0.0.1",
          "255.255.255.255",
          "::1",
          "::",
          "fe80::1",
          "fd12:3456::1",
          "fc00::1",
          "::ffff:127.0.0.1",
          "::ffff:10.0.0.1",
          "::ffff:169.254.169.254",
          "198.18.0.1",
          "64:ff9b::a9fe:a9fe",
          "64:ff9b:1::a00:1",
          "2002:a9fe:a9fe::1",
          "2001:0:4136:e378::1",
          "::a9fe:a9fe"
        }) {
      assertThat(isPublic(a)).as(a).isFalse();
    }
  }

  @Test
  void publicAddressesArePublic() throws Exception {
    for (String a :
        new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860::8888"}) {
      assertThat(isPublic(a)).as(a).isTrue();
    }
  }

  @Test
  void onlyProductionIsRestrictedAndTheOperatorMayLiftIt() {
    WebhookTargetPolicy policy = new WebhookTargetPolicy();
    policy.allowPrivateTargets = () -> false;
    assertThat(policy.refusal("https://127.0.0.1/h", ClientEnvironment.PRODUCTION)).isPresent();
    assertThat(policy.refusal("http://localhost:8080/h", ClientEnvironment.PRODUCTION)).isPresent();
    assertThat(policy.refusal("http://localhost:8080/h", ClientEnvironment.SANDBOX)).isEmpty();
    assertThat(policy.refusal("http://169.254.169.254/h", ClientEnvironment.SANDBOX)).isPresent();
    assertThat(policy.refusal("https://10.0.0.1/h", ClientEnvironment.SANDBOX)).isPresent();
    assertThat(policy.refusal("https://8.8.8.8/h", ClientEnvironment.PRODUCTION)).isEmpty();
    assertThat(policy.refusal(null, ClientEnvironment.PRODUCTION)).isEmpty();
    policy.allowPrivateTargets = () -> true;
    assertThat(policy.refusal("https://127.0.0.1/h", ClientEnvironment.PRODUCTION)).isEmpty();
  }
}
