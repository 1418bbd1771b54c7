-- wrk script: POST one body over and over (token grants, dashboard logins).
-- Reads BENCH_BODY, BENCH_CONTENT_TYPE (default form-encoded) and, if set, BENCH_AUTH from the environment.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/x-www-form-urlencoded"
if os.getenv("BENCH_AUTH") then
  wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
