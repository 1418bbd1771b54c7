// Drives the OpenSylo authorization server with openid-client, a certified third-party OAuth library, exactly as
// a marketplace back end would: RFC 8414 discovery, authorization code + PKCE S256 (the consent form posted like a
// browser), refresh, introspection and revocation. openid-client's own strict checks (issuer, state, response
// shape) must all pass. Prints one JSON line with what it observed; exits non-zero on any failure.
import * as client from 'openid-client';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing ${name}`);
  return value;
};
const issuer = env('OS_ISSUER');
const redirectUri = env('OS_REDIRECT_URI');
const scope = env('OS_SCOPE');

const config = await client.discovery(new URL(issuer), env('OS_CLIENT_ID'), env('OS_CLIENT_SECRET'), undefined, {
  algorithm: 'oauth2',
  execute: [client.allowInsecureRequests], // the test server listens on http://localhost
});

const codeVerifier = client.randomPKCECodeVerifier();
const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
const state = client.randomState();
const authorizationUrl = client.buildAuthorizationUrl(config, {
  redirect_uri: redirectUri,
  scope,
  code_challenge: codeChallenge,
  code_challenge_method: 'S256',
  state,
});

// The merchant's browser: load the sign-in page, post the form, follow nothing.
const page = await fetch(authorizationUrl, { redirect: 'manual' });
if (page.status !== 200) throw new Error(`authorize page answered ${page.status}`);
const html = await page.text();
const form = new URLSearchParams();
for (const [, name, value] of html.matchAll(/<input type="hidden" name="([a-z_]+)" value="([^"]*)">/g)) {
  form.set(name, value);
}
form.set('email', env('OS_MERCHANT_EMAIL'));
form.set('password', env('OS_MERCHANT_PASSWORD'));
form.set('decision', 'approve');
const posted = await fetch(new URL('/oauth/authorize', issuer), {
  method: 'POST',
  body: form,
  redirect: 'manual',
});
if (posted.status !== 302) throw new Error(`consent post answered ${posted.status}`);
const callback = new URL(posted.headers.get('location'));

const tokens = await client.authorizationCodeGrant(config, callback, {
  pkceCodeVerifier: codeVerifier,
  expectedState: state,
});
const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
const introspected = await client.tokenIntrospection(config, refreshed.access_token);
await client.tokenRevocation(config, tokens.refresh_token, { token_type_hint: 'refresh_token' });
const afterRevocation = await client.tokenIntrospection(config, refreshed.access_token);

console.log(JSON.stringify({
  discoveredIssuer: config.serverMetadata().issuer,
  tokenType: tokens.token_type,
  scope: tokens.scope,
  expiresIn: tokens.expires_in,
  hasRefreshToken: Boolean(tokens.refresh_token),
  refreshedScope: refreshed.scope,
  introspectedActive: introspected.active,
  introspectedSub: introspected.sub,
  activeAfterRevocation: afterRevocation.active,
}));
