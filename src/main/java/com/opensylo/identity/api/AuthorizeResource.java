package com.opensylo.identity.api;

import com.opensylo.identity.service.AuthorizationService;
import com.opensylo.identity.service.IdentitySettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /oauth/authorize}: the merchant's sign-in and consent page (HTML). An unknown client or
 * unregistered redirect URI is shown as an error page and never redirected to; other request
 * errors, a denial, and an approval redirect to the registered URI with {@code state}.
 */
@Path("/oauth/authorize")
@RequestScoped
@Tag(name = "OAuth 2.0")
public class AuthorizeResource {

  @Inject AuthorizationService authorization;
  @Inject IdentitySettings settings;
  @Context HttpServletRequest http;
  @Context UriInfo uriInfo;

  /** The parameters RFC 6749 §3.1 says must not be repeated. */
  private static final List<String> PARAMETERS =
      List.of(
          "client_id",
          "redirect_uri",
          "response_type",
          "scope",
          "state",
          "code_challenge",
          "code_challenge_method");

  /** Starts an authorization: 200 sign-in page; 302 error redirect; 400 error page. */
  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Start OAuth authorization (HTML sign-in and consent page)")
  public Response start(
      @QueryParam("client_id") String clientId,
      @QueryParam("redirect_uri") String redirectUri,
      @QueryParam("response_type") String responseType,
      @QueryParam("scope") String scope,
      @QueryParam("state") String state,
      @QueryParam("code_challenge") String codeChallenge,
      @QueryParam("code_challenge_method") String codeChallengeMethod) {
    String repeated =
        PARAMETERS.stream()
            .filter(p -> uriInfo.getQueryParameters().getOrDefault(p, List.of()).size() > 1)
            .findFirst()
            .orElse(null);
    try {
      return ConsentPage.form(
          authorization.start(
              clientId,
              redirectUri,
              responseType,
              scope,
              state,
              codeChallenge,
              codeChallengeMethod,
              repeated),
          null,
          200);
    } catch (AuthorizationService.UntrustedRequestException e) {
      return ConsentPage.error(e.getMessage());
    } catch (AuthorizationService.RedirectableError e) {
      return redirect(e.redirectUri(), null, e.error(), e.getMessage(), e.state());
    }
  }

  /**
   * The posted form: approve (sign in) or deny. 302 to the client; 401 form again on wrong
   * credentials (the same for an unknown email or a locked sign-in); 400 error page once the
   * request has had too many failed sign-ins.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response decide(MultivaluedMap<String, String> form) {
    String requestId = form.getFirst("request_id");
    String csrfToken = form.getFirst("csrf_token");
    String email = form.getFirst("email");
    String password = form.getFirst("password");
    String decision = form.getFirst("decision");
    Optional<AuthorizationService.Pending> pending = authorization.resume(requestId, csrfToken);
    if (pending.isEmpty()) {
      return ConsentPage.error(
          "This sign-in form has expired or was not issued by OpenSylo. Start again from the application.");
    }
    try {
      if ("deny".equals(decision)) {
        AuthorizationService.Decision denied = authorization.deny(pending.get());
        return redirect(
            denied.redirectUri(), null, denied.error(), denied.errorDescription(), denied.state());
      }
      if (!"approve".equals(decision)) {
        return ConsentPage.form(pending.get(), "Choose to allow or deny.", 400);
      }
      AuthorizationService.Approval approval =
          authorization.approve(pending.get(), email, password, http.getRemoteAddr());
      if (approval instanceof AuthorizationService.SignInRefused refused) {
        // one answer for a wrong password, an unknown email and a lock: nothing tells them apart
        return refused.requestClosed()
            ? ConsentPage.error(
                "Too many failed sign-in attempts. Start again from the application.")
            : ConsentPage.form(
                pending.get(),
                "The email or password is incorrect. After repeated failures, sign-in pauses"
                    + " for a while.",
                401);
      }
      if (approval instanceof AuthorizationService.AccountNotAllowed) {
        return ConsentPage.form(
            pending.get(),
            "This is a sandbox test account: it can only be used with sandbox applications.",
            403);
      }
      AuthorizationService.Decision approved =
          ((AuthorizationService.Approved) approval).decision();
      return redirect(approved.redirectUri(), approved.code(), null, null, approved.state());
    } catch (AuthorizationService.UntrustedRequestException e) {
      return ConsentPage.error(e.getMessage());
    }
  }

  /** The authorization response, with RFC 9207 {@code iss} so the client can tell who answered. */
  private Response redirect(
      String uri, String code, String error, String description, String state) {
    UriBuilder target = UriBuilder.fromUri(uri);
    if (code != null) {
      target.queryParam("code", "{code}");
    } else {
      target.queryParam("error", "{error}").queryParam("error_description", "{description}");
    }
    if (state != null) {
      target.queryParam("state", "{state}");
    }
    target.queryParam("iss", "{iss}");
    Map<String, Object> values = new HashMap<>();
    values.put("code", code);
    values.put("error", error);
    values.put("description", description);
    values.put("state", state);
    values.put("iss", settings.issuer());
    return Response.status(302)
        .location(target.buildFromMap(values))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }
}
