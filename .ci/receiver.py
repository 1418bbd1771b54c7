"""A local receiver of OpenSylo's outbound loan webhooks (SPEC §9), for the CI scripts and benchmarks (stdlib only).

Receiver(secrets) listens on 127.0.0.1 on a free port and records every request it gets: the X-OpenSylo-Event-Id,
the event type and marketplace in the body, when it arrived and when it was answered, the client's port (which
node sent it: see ports_of), whether X-OpenSylo-Signature verifies with the marketplace's webhook secret over
"<X-OpenSylo-Timestamp>.<raw body>", and whether another request of the same event id was under way at the same
time (overlap: two deliveries of one event at once, which two nodes must never do). It answers `status` (200 at
once by default); with `hold_s` set it first holds each request up to that long, or until release() — so a node's
attempts stay in flight and its leases stay held.

Imported by .ci/two-nodes and src/test/bench/outbound (PYTHONPATH=.ci).
"""

import collections
import hashlib
import hmac
import http.server
import json
import os
import threading
import time


class Delivery:
    __slots__ = ("event_id", "event", "marketplace", "started", "ended", "port", "verified", "stale_s", "status", "loan",
                 "overlapped", "held", "answered")

    def __repr__(self):
        return (f"{self.event_id} {self.event} port={self.port} status={self.status} verified={self.verified} "
                f"overlapped={self.overlapped} at={self.started:.3f}-{self.ended if self.ended is None else round(self.ended, 3)}")


def verifies(secret, timestamp, body, signature):
    expected = "sha256=" + hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature or "")


class Receiver:
    def __init__(self, secrets=None, status=200, hold_s=0.0, keep=True):
        self.secrets = dict(secrets or {})  # marketplace id -> webhook secret
        self.status, self.hold_s, self.keep = status, hold_s, keep
        self.lock = threading.Lock()
        self.deliveries = []  # every request, in arrival order (keep=False: counts only, for benchmarks)
        self.count = 0
        self.ok_ids = set()  # event ids answered 2xx
        self.active = collections.Counter()  # event id -> requests under way now
        self.overlaps = []
        self.unverified = 0
        self.released = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                d = Delivery()
                d.started, d.ended, d.port, d.held, d.answered = time.time(), None, self.client_address[1], False, False
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                d.event_id = self.headers.get("X-OpenSylo-Event-Id")
                try:
                    j = json.loads(body)
                    d.event, d.marketplace = j.get("event"), (j.get("marketplace") or {}).get("id")
                    d.loan = (j.get("loan") or {}).get("opensylo_id")
                    body_id = j.get("event_id")
                except ValueError:
                    d.event, d.marketplace, d.loan, body_id = None, None, None, None
                ts = self.headers.get("X-OpenSylo-Timestamp", "")
                secret = receiver.secrets.get(d.marketplace)
                d.verified = bool(secret and ts.isdigit() and body_id == d.event_id
                                  and verifies(secret, ts, body, self.headers.get("X-OpenSylo-Signature")))
                d.stale_s = time.time() - int(ts) if ts.isdigit() else None
                with receiver.lock:
                    d.overlapped = receiver.active[d.event_id] > 0
                    receiver.active[d.event_id] += 1
                    receiver.count += 1
                    if not d.verified:
                        receiver.unverified += 1
                    if d.overlapped:
                        receiver.overlaps.append(d)
                    if receiver.keep:
                        receiver.deliveries.append(d)
                try:
                    if receiver.hold_s > 0 and not receiver.released.is_set():
                        d.held = True
                        receiver.released.wait(receiver.hold_s)
                    d.status = receiver.status
                    self.send_response(d.status)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    self.wfile.flush()
                    d.answered = True
                except OSError:
                    pass  # the sender is gone (a node killed while its request was held)
                finally:
                    with receiver.lock:
                        d.ended = time.time()
                        receiver.active[d.event_id] -= 1
                        if d.answered and 200 <= d.status < 300:
                            receiver.ok_ids.add(d.event_id)

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/opensylo-webhooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def release(self):
        """Answers every held request now, and holds no later one."""
        self.hold_s = 0
        self.released.set()

    def snapshot(self):
        with self.lock:
            return list(self.deliveries)

    def successes(self):
        """Event id -> how many requests of it were answered 2xx."""
        n = collections.Counter()
        for d in self.snapshot():
            if d.answered and 200 <= d.status < 300:
                n[d.event_id] += 1
        return n

    def close(self):
        self.release()
        self.server.shutdown()


def ports_of(pid, remote_port):
    """The local ports of the TCP connections process `pid` has open to 127.0.0.1:`remote_port` (from /proc), so
    the receiver's client ports tell which node sent a request."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            f = line.split()
            local, remote, inode = f[1], f[2], f[9]
            if inode in inodes and int(remote.rsplit(":", 1)[1], 16) == remote_port:
                ports.add(int(local.rsplit(":", 1)[1], 16))
    return ports
