#!/usr/bin/env bash
# Installs the system packages the test suite needs and starts PostgreSQL with a test database.
# Idempotent; safe to run on a prepared machine. CI runs it as root without systemd.
set -euo pipefail
need=()
command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need+=(maven)
command -v python3 >/dev/null || need+=(python3)  # ./test prints its summary line with it
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || need+=(postgresql)
# The browser tests (marsad-app, Selenium) drive Debian's headless Chromium through Debian's chromedriver;
# they skip without them, so CI installs both.
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL for the store tests: start the first cluster (no systemd, so pg_ctlcluster, not systemctl).
if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main >/dev/null
fi
read -r pg_version pg_cluster pg_port pg_status _ <<<"$(pg_lsclusters -h | head -1)"
if [ "$pg_status" != "online" ]; then
  pg_ctlcluster "$pg_version" "$pg_cluster" start
fi
for _ in $(seq 1 30); do
  su postgres -c "cd / && pg_isready -q -p $pg_port" && break
  sleep 1
done
psql_admin() { su postgres -c "cd / && psql -q -v ON_ERROR_STOP=1 -p $pg_port -tAc \"$1\""; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='marsad'")" != "1" ]; then
  psql_admin "CREATE ROLE marsad LOGIN PASSWORD 'marsad'"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='marsad_test'")" != "1" ]; then
  psql_admin "CREATE DATABASE marsad_test OWNER marsad"
fi
echo "$pg_port" > "${TMPDIR:-/tmp}/marsad-pg-port"
