# Shared by the benchmark scripts: start the server in the background, get an admin token, drive wrk.
# BENCH_JAVA_HOME=/usr/lib/jvm/<jdk> runs the server on another JDK (the build keeps the default one).
base=http://localhost:9080

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# Builds, starts the server (stopped again when the calling script exits) and waits until it is ready.
# BENCH_NO_WRK=1: the calling script drives the load itself (a Java or python client), so wrk is not installed.
start_server() {
  [ -n "${BENCH_NO_WRK:-}" ] || command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  mvn -B -q -DskipTests package liberty:create liberty:install-feature liberty:deploy
  # BENCH_JFR=<file> records a JFR profile of the server for the whole run (JDK Flight Recorder).
  # BENCH_JVM_ARGS: more server JVM options (say -XX:FlightRecorderOptions=stackdepth=256 for deep Liberty stacks).
  JVM_ARGS="${BENCH_JVM_ARGS:-} ${BENCH_JFR:+-XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile,dumponexit=true}" \
    JAVA_HOME="${BENCH_JAVA_HOME:-${JAVA_HOME:-}}" mvn -B -q liberty:start
  echo "server JDK: ${BENCH_JAVA_HOME:-default}"
  trap 'mvn -B -q liberty:stop' EXIT
  for _ in $(seq 1 120); do curl -sf "$base/health/ready" >/dev/null && break; sleep 1; done
}

# An admin access token from the bootstrap admin client the development server wrote.
admin_token() {
  local creds=target/liberty/wlp/usr/servers/opensylo/bootstrap-admin.properties
  curl -sf -u "$(sed -n 's/^client_id=//p' "$creds"):$(sed -n 's/^client_secret=//p' "$creds")" \
    -d grant_type=client_credentials "$base/oauth/token" | json '["access_token"]'
}

# The process id of this checkout's server (from Liberty's own pid file: another checkout's server may be running).
server_pid() {
  local file=target/liberty/wlp/usr/servers/.pid/opensylo.pid
  if [ -f "$file" ]; then cat "$file"; else pgrep -f "$PWD/target/liberty/wlp/bin/tools/ws-server.jar opensylo" | head -1; fi
}

# BENCH_CPU_PIDS for the Java bench clients (BenchCpu.java): the server's JVM and, when it runs here, mariadbd.
export_cpu_pids() {
  local server db
  server=$(server_pid)
  [ -n "$server" ] || { echo "the server's process id is not known: no CPU figures" >&2; exit 1; }
  db=$(pgrep -x mariadbd | head -1 || true)
  export BENCH_CPU_PIDS="server=$server${db:+ db=$db}"
}

# CPU time (user + system, in clock ticks) the server's JVM has used so far.
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/$(server_pid)/stat"; }

# wrk with $threads threads and $connections connections for $duration; prints the RESULT line of the lua script
# followed by the server's CPU per request (server_cpu_us: microseconds of the server JVM's CPU, user + system, per
# request answered), which says more about a change than req/s when wrk and the server share two cores.
bench() {
  local before result requests ticks
  before=$(server_cpu_ticks)
  result=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" | grep RESULT)
  ticks=$(( $(server_cpu_ticks) - before ))
  requests=$(echo "$result" | sed -n 's/.*requests=\([0-9]*\).*/\1/p')
  echo "$result server_cpu_us=$(( ticks * 1000000 / $(getconf CLK_TCK) / (requests > 0 ? requests : 1) ))"
}
