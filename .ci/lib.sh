# Helpers shared by the CI scripts. Sourced, not run.

section() { printf '\n==== %s ====\n' "$*"; }

mariadb_up() { mariadb -uroot -e 'SELECT 1' >/dev/null 2>&1; }

# Start MariaDB if it is installed but stopped; install it if it is missing.
ensure_mariadb() {
  if mariadb_up; then echo "MariaDB is running"; return; fi
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    echo "Installing MariaDB"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fi
  echo "Starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mariadb_up && { echo "MariaDB is up"; return; }; sleep 1; done
  echo "MariaDB did not start" >&2
  exit 1
}

# A fresh database and user with a random password, for one CI stage (never committed, never printed).
create_database() {
  CI_DB_NAME="opensylo_ci_${1}_$$"
  CI_DB_USER="osci_${1:0:6}_$$"
  CI_DB_PASSWORD="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
  export CI_DB_NAME CI_DB_USER CI_DB_PASSWORD
  mariadb -uroot <<SQL
DROP DATABASE IF EXISTS \`$CI_DB_NAME\`;
CREATE DATABASE \`$CI_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$CI_DB_USER'@'127.0.0.1' IDENTIFIED BY '$CI_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$CI_DB_USER'@'localhost' IDENTIFIED BY '$CI_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$CI_DB_NAME\`.* TO '$CI_DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$CI_DB_NAME\`.* TO '$CI_DB_USER'@'localhost';
SQL
  echo "Created database $CI_DB_NAME"
}

drop_database() {
  mariadb -uroot <<SQL
DROP DATABASE IF EXISTS \`$CI_DB_NAME\`;
DROP USER IF EXISTS '$CI_DB_USER'@'127.0.0.1';
DROP USER IF EXISTS '$CI_DB_USER'@'localhost';
SQL
}

# Prints how many tests Surefire and Failsafe ran in the last build, labelled with the database.
report_tests() {
  python3 - "$1" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
label = sys.argv[1]
for kind in ("surefire", "failsafe"):
    t = f = e = s = 0
    for path in glob.glob(f"target/{kind}-reports/TEST-*.xml"):
        r = ET.parse(path).getroot()
        t += int(r.get("tests", 0)); f += int(r.get("failures", 0)); e += int(r.get("errors", 0)); s += int(r.get("skipped", 0))
    print(f"[{label}] {kind}: {t} tests, {f} failures, {e} errors, {s} skipped")
PY
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Node.js (openid-client test), Debian chromium + chromium-driver (consent page browser test).
ensure_test_tools() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { echo "Installing Node.js"; apt_install nodejs npm; }
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || { echo "Installing Chromium"; apt_install chromium chromium-driver; }
  node --version
  /usr/bin/chromium --version 2>/dev/null | sed -n 1p
}
