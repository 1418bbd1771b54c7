package com.opensylo.webhook.service;

import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a marketplace's webhooks may go (SPEC §9, SSRF): in PRODUCTION never to a loopback,
 * private, link-local (cloud metadata included), unique-local, carrier-grade NAT, multicast or
 * unspecified address, judged on every address the host resolves to — when the URL is set, and
 * again at each delivery (a name may be re-pointed after it was accepted); IPv6 forms that embed an
 * IPv4 address (6to4, Teredo, NAT64, IPv4-compatible) count as internal. SANDBOX marketplaces may
 * use loopback (local receivers, over http too) but nothing else internal, and an operator may
 * allow them everywhere with {@code opensylo.webhook.allow-private-targets=true}. A name that does
 * not resolve yet is accepted when set; delivery checks it again.
 */
@ApplicationScoped
public class WebhookTargetPolicy {

  @Inject
  @ConfigProperty(name = "opensylo.webhook.allow-private-targets")
  Provider<Boolean> allowPrivateTargets; // read at each check: an operator may change it live

  /** Refuses (400, field {@code url}) a URL this marketplace may not send events to. */
  public void check(String url, ClientEnvironment environment) {
    Optional<String> problem = refusal(url, environment);
    if (problem.isPresent()) {
      throw new ApiException(
          400,
          ErrorCode.VALIDATION_FAILED,
          "url: " + problem.get(),
          List.of(new ApiError.FieldError("url", problem.get())));
    }
  }

  /** Why {@code url} may not receive this marketplace's events, if it may not. */
  public Optional<String> refusal(String url, ClientEnvironment environment) {
    if (url == null || allowPrivateTargets.get()) {
      return Optional.empty();
    }
    boolean sandbox = environment != ClientEnvironment.PRODUCTION;
    URI uri = URI.create(url);
    if (!sandbox && !"https".equals(uri.getScheme())) {
      return Optional.of("must be https in PRODUCTION");
    }
    String host = uri.getHost();
    if (host == null) {
      return Optional.of("must name a host");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException | SecurityException e) {
      return Optional.empty(); // checked again at delivery
    }
    for (InetAddress address : addresses) {
      if (sandbox && address.isLoopbackAddress()) {
        continue; // a local receiver, for SANDBOX marketplaces only
      }
      if (!isPublic(address)) {
        return Optional.of(
            sandbox
                ? "resolves to a private, link-local or metadata address (SANDBOX webhooks may"
                    + " use loopback, nothing else internal)"
                : "resolves to a loopback, private, link-local or metadata address, which"
                    + " PRODUCTION webhooks may not target");
      }
    }
    return Optional.empty();
  }

  /** Whether {@code address} is a public unicast address. */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return !(first == 0 // "this network"
          || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240); // reserved, broadcast
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      int second = b[1] & 0xff;
      if ((first == 0x20 && second == 0x02) // 6to4 2002::/16 embeds an IPv4 address
          || (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) // Teredo 2001::/32
          || (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
        return false; // NAT64 64:ff9b::/96 and 64:ff9b:1::/48 reach IPv4 targets
      }
      boolean v4Mapped = true;
      for (int i = 0; i < 10; i++) {
        v4Mapped &= b[i] == 0;
      }
      boolean v4Compatible = v4Mapped && b[10] == 0 && b[11] == 0; // deprecated ::a.b.c.d
      if (v4Compatible) {
        return false;
      }
      if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }
}
