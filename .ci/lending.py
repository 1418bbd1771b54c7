"""Lending set-up and signed repayment webhooks over HTTP, for the CI scripts and benchmarks (stdlib only).

What src/test/java/com/opensylo/loan/Lending.java does for the ITs, as a marketplace and an operator would: onboard a
marketplace allowed every data scope and repayment.report, let a merchant consent through the authorization-code flow
with PKCE (signing in on the consent form like a browser), submit its data with the merchant's token so it is scored,
originate and disburse loans through the admin API, and send repayment events signed with the webhook secret.

Imported by .ci/loan-crash, .ci/two-nodes, src/test/bench/webhooks and src/test/bench/outbound (PYTHONPATH=.ci);
.ci/receiver.py is the outbound side: a local receiver of OpenSylo's signed loan events.
"""

import base64
import hashlib
import hmac
import html
import http.client
import json
import os
import re
import secrets
import time
import urllib.parse
import uuid
from decimal import Decimal

REPAYMENT = "/api/v1/webhooks/marketplace/repayment"
REDIRECT = "https://shop.example/oauth/callback"
DATA_SCOPES = ["data.share.sales", "data.share.fulfillment", "data.share.payouts", "data.share.risk",
               "data.share.profile", "credit.score.read"]


class Answer:
    """One HTTP answer; status 0 when the server gave none (refused, reset, timed out)."""

    def __init__(self, status, headers, body, error=None):
        self.status, self.headers, self.body, self.error = status, headers, body, error

    def json(self):
        return json.loads(self.body, parse_float=Decimal)

    def code(self):
        """The ApiError code of a refusal, or None."""
        try:
            return self.json().get("code")
        except Exception:
            return None

    def __repr__(self):
        return f"{self.status} {(self.error or self.body[:300])!r}"


def call(base, method, path, body=None, form=None, basic=None, bearer=None, headers=None, timeout=15):
    """One request on a new connection; never follows redirects. `body` is a dict (sent as JSON) or raw str/bytes."""
    url = urllib.parse.urlsplit(base)
    h = dict(headers or {})
    data = None
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        h["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = body.encode() if isinstance(body, str) else body if isinstance(body, bytes) else json.dumps(body).encode()
        h.setdefault("Content-Type", "application/json")
    if basic:
        h["Authorization"] = "Basic " + base64.b64encode(f"{basic[0]}:{basic[1]}".encode()).decode()
    if bearer:
        h["Authorization"] = "Bearer " + bearer
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        return Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
    except Exception as e:  # the server gave no answer: connection refused or reset, timeout
        return Answer(0, {}, b"", repr(e))
    finally:
        conn.close()


def fail(what):
    """A set-up step failed: says so on stdout, where the scripts count FAIL lines, and stops."""
    print(f"FAIL {what}", flush=True)
    raise SystemExit(1)


def expect(answer, status, what):
    if answer.status != status:
        fail(f"{what}: expected {status}, got {answer!r}")
    return answer.json() if answer.body else None


def wait_ready(base, seconds=180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if call(base, "GET", "/health/ready", timeout=5).status == 200:
            return True
        time.sleep(0.5)
    return False


def admin_token(base, client_id=None, client_secret=None):
    """client_credentials of the bootstrap admin client (OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_ID/_SECRET by default)."""
    client_id = client_id or os.environ["OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_ID"]
    client_secret = client_secret or os.environ["OPENSYLO_BOOTSTRAP_ADMIN_CLIENT_SECRET"]
    a = call(base, "POST", "/oauth/token", form={"grant_type": "client_credentials"}, basic=(client_id, client_secret))
    return expect(a, 200, "admin token")["access_token"]


def onboard(base, admin, name=None, environment="PRODUCTION"):
    """An NGN marketplace (PRODUCTION unless told) allowed every data scope and repayment.report: its id and one-time
    secrets."""
    name = name or "ci" + uuid.uuid4().hex[:12]
    owner = {"email": f"owner-{name}@shop.example", "password": "Owner-" + secrets.token_urlsafe(12)}
    body = {"platformName": name, "displayName": "Shop " + name, "defaultCurrency": "NGN", "environment": environment,
            "owner": {"email": owner["email"], "firstName": "Ada", "lastName": "Okafor", "password": owner["password"]},
            "redirectUris": [REDIRECT], "allowedScopes": DATA_SCOPES + ["repayment.report"]}
    j = expect(call(base, "POST", "/v1/admin/marketplaces", body=body, bearer=admin), 201, "onboarding")
    c = j["credentials"]
    return {"id": j["marketplace"]["id"], "name": name, "clientId": c["clientId"], "clientSecret": c["clientSecret"],
            "webhookSecret": c["webhookSecret"], "owner": owner}


def dashboard_token(base, shop):
    """The marketplace owner's dashboard JWT (POST /marketplace-dashboard/login)."""
    a = call(base, "POST", "/marketplace-dashboard/login", body=shop["owner"])
    return expect(a, 200, "dashboard login")["accessToken"]


def set_webhook(base, shop, url, enabled=True):
    """Points the marketplace's outbound webhooks at `url` (PUT /marketplace-dashboard/webhook, as the owner). A
    loopback URL on a PRODUCTION marketplace needs OPENSYLO_WEBHOOK_ALLOW_PRIVATE_TARGETS=true on the server."""
    a = call(base, "PUT", "/marketplace-dashboard/webhook", body={"url": url, "enabled": enabled},
             bearer=dashboard_token(base, shop))
    return expect(a, 200, "webhook settings")


def consent(base, admin, shop):
    """A new merchant account signs in on the consent page and approves every data scope: its access token."""
    email = f"merchant-{uuid.uuid4().hex[:12]}@shop.example"
    password = "Merchant-" + secrets.token_urlsafe(12)
    expect(call(base, "POST", "/v1/admin/merchants", body={"email": email, "password": password,
                                                           "businessName": "Shop of " + email}, bearer=admin),
           201, "merchant account")
    verifier = secrets.token_urlsafe(32)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = urllib.parse.urlencode({"client_id": shop["clientId"], "redirect_uri": REDIRECT, "response_type": "code",
                                    "scope": " ".join(DATA_SCOPES), "state": "st-" + uuid.uuid4().hex,
                                    "code_challenge": challenge, "code_challenge_method": "S256"})
    page = call(base, "GET", "/oauth/authorize?" + query)
    if page.status != 200:
        fail(f"consent page: {page!r}")
    fields = {k: html.unescape(v) for k, v in
              re.findall(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)">', page.body.decode())}
    decided = call(base, "POST", "/oauth/authorize", form={**fields, "email": email, "password": password,
                                                            "decision": "approve"})
    if decided.status != 302:
        fail(f"consent decision: {decided!r}")
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(decided.headers["location"]).query)["code"][0]
    tokens = expect(call(base, "POST", "/oauth/token", basic=(shop["clientId"], shop["clientSecret"]),
                         form={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
                               "code_verifier": verifier}), 200, "code exchange")
    return tokens["access_token"]


def payload(merchant_ref, monthly_sales=100000):
    """A complete submission (the ITs' Ingestion.payload), every month at `monthly_sales`: a tier A/B merchant."""
    s = monthly_sales
    return {
        "merchantIdentity": {"merchantId": merchant_ref, "businessName": "Ada Stores", "businessType": "REGISTERED_BUSINESS",
                             "marketplaceOnboardingDate": "2023-01-10", "verificationStatus": True, "country": "NG",
                             "category": "electronics"},
        "salesPerformance": {"gmv30Days": s, "gmv90Days": 3 * s, "gmv180Days": 6 * s, "avgMonthlySales": s,
                             "orderCount": 600, "avgOrderValue": 500, "salesGrowthRate": 6},
        "revenueConsistency": {"monthlyRevenue": [{"month": m, "amount": s} for m in
                                                  ("2026-06", "2026-07", "2026-08", "2026-09", "2026-10")],
                               "activeSalesDaysLast30": 28, "zeroSalesDaysLast90": 2, "monthsWithSales": 12},
        "fulfillmentMetrics": {"fulfillmentRate": 99, "cancellationRate": 1, "refundRate": 1, "disputeRate": 0.2,
                               "lateDeliveryRate": 2},
        "payoutCashFlow": {"payoutFrequency": "DAILY", "avgPayoutValue": 3300, "failedPayouts": 0, "payoutCount90Days": 90},
        "platformDependency": {"monthsOnPlatform": 36, "platformRevenueShare": 80, "sellsOnOtherPlatforms": True,
                               "activeListings": 50, "repeatCustomerRate": 40},
        "historicalCredit": {"previousLoansCount": 3, "previousLoansRepaid": 3, "previousDefaults": 0,
                             "onTimeRepaymentRate": 100, "hasActiveExternalLoans": False, "totalOutstandingExternalDebt": 0},
        "behavioralRisk": {"accountSuspensions": 0, "hasFraudFlags": False, "hasSuddenGmvSpikes": False,
                           "hasLinkedAccounts": False},
    }


def borrower(base, admin, shop, monthly_sales=1000000):
    """A merchant that consented and was scored: {ref, tier, cap}."""
    token = consent(base, admin, shop)
    ref = "m-" + uuid.uuid4().hex[:13]
    j = expect(call(base, "POST", "/api/marketplace/data/merchant", body=payload(ref, monthly_sales), bearer=token),
               200, "data submission")
    score = j["creditScore"]
    return {"ref": ref, "tier": score["riskTier"], "cap": Decimal(str(score["maxLendingAmount"]))}


def active_loan(base, admin, shop, merchant, principal, fee="0", rate=10):
    """An ACTIVE loan (originated, then disbursed): its id."""
    j = expect(call(base, "POST", "/v1/admin/loans", bearer=admin,
                    body={"marketplaceId": shop["id"], "merchantId": merchant["ref"], "principalAmount": float(principal),
                          "feeAmount": float(fee), "deductionRate": rate, "currency": "NGN"}), 201, "origination")
    loan_id = j["loan"]["loanId"]
    expect(call(base, "POST", f"/v1/admin/loans/{loan_id}/disburse", bearer=admin), 200, "disbursement")
    return loan_id


def loan(base, admin, loan_id):
    return expect(call(base, "GET", f"/v1/admin/loans/{loan_id}", bearer=admin), 200, "loan")["loan"]


def ledger_check(base, admin):
    return expect(call(base, "GET", "/v1/admin/reconciliation/ledger-check", bearer=admin), 200, "ledger check")


def deduction(shop, merchant_ref, loan_id, amount, event_id=None, reference=None):
    """A repayment.deducted event: (event_id, raw body). Sent again, the same bytes are resent."""
    event_id = event_id or "evt_" + uuid.uuid4().hex
    reference = reference or "ded-" + uuid.uuid4().hex[:20]
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    body = json.dumps({
        "event": "repayment.deducted", "event_id": event_id, "timestamp": now,
        "marketplace": {"id": shop["id"], "name": shop.get("name", "shop")},
        "merchant": {"marketplace_id": merchant_ref}, "loan": {"opensylo_id": loan_id},
        "deduction": {"reference": reference, "amount": Decimal(amount), "currency": "NGN", "deducted_at": now},
        "source_transaction": {"id": "tx-" + reference, "type": "SALE", "gross_amount": Decimal(amount) * 10,
                               "timestamp": now}}, default=str, separators=(",", ":"))
    # json.dumps writes Decimals as strings through default=str: make them JSON numbers again
    body = re.sub(r'"(amount|gross_amount)":"(-?[0-9.]+)"', r'"\1":\2', body)
    return event_id, body


def signature(secret, timestamp, body):
    """sha256=<hex HMAC-SHA256(secret as UTF-8, "<timestamp>.<raw body>")>."""
    raw = body.encode() if isinstance(body, str) else body
    return "sha256=" + hmac.new(secret.encode(), str(timestamp).encode() + b"." + raw, hashlib.sha256).hexdigest()


def send_signed(base, shop, event_id, body, path=REPAYMENT, timestamp=None, timeout=15):
    """Signs `body` now (a retry is signed afresh, as a marketplace does: same event id and body, new timestamp)."""
    ts = int(time.time()) if timestamp is None else timestamp
    return call(base, "POST", path, body=body, timeout=timeout, headers={
        "X-Marketplace-Id": shop["id"], "X-Marketplace-Timestamp": str(ts), "X-Marketplace-Event-Id": event_id,
        "X-Marketplace-Signature": signature(shop["webhookSecret"], ts, body)})


class Checks:
    """ok/FAIL lines and a count of failures."""

    def __init__(self):
        self.failures = []

    def __call__(self, ok, what, offending=()):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures.append(what)
            for item in list(offending)[:5]:
                print(f"     {item}")
        return ok

    def exit(self):
        print(f"{len(self.failures)} failed" if self.failures else "all checks passed")
        raise SystemExit(1 if self.failures else 0)
