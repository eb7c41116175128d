#!/usr/bin/env bash
# Installs the system packages the test suite needs. Idempotent; safe to run on a prepared machine.
set -euo pipefail
need=()
command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need+=(maven)
# The browser tests (marsad-app, Selenium) drive Debian's headless Chromium through Debian's chromedriver;
# they skip without them, so CI installs both.
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
