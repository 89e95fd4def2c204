#!/usr/bin/env bash
# Everything the test suite talks to besides Python: a PostgreSQL server on loopback,
# Debian's Chromium for browser tests, and the JavaScript calendar parsers from npm.
# Idempotent and quick when all is there already; fails loudly when something cannot be had.
set -euo pipefail
cd "$(dirname "$0")"

pg_ready() { pg_isready -q -h 127.0.0.1 -p "${ICSFEED_TEST_PG_PORT:-5432}" 2>/dev/null; }
if ! pg_ready; then
  echo "setup: PostgreSQL not answering on 127.0.0.1; trying to start it" >&2
  if command -v pg_ctlcluster >/dev/null && ls /etc/postgresql >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  pg_ready || { echo "setup: no PostgreSQL on 127.0.0.1:5432 (set ICSFEED_TEST_PG_URL)" >&2; exit 1; }
fi

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1) ||
      (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends "$@" >/dev/null)
  else
    echo "setup: please install $* (sudo apt-get install $*)" >&2; exit 1
  fi
}
command -v chromium >/dev/null || { echo "setup: installing chromium" >&2; apt_install chromium fonts-dejavu-core; }
command -v nginx >/dev/null || { echo "setup: installing nginx" >&2; apt_install nginx-light || apt_install nginx; }

maintnote=../.venv-maintnote
if [ "$(cat "$maintnote/.installed" 2>/dev/null)" != "$(sha256sum <maintnote/requirements.txt | cut -c1-16)" ]; then
  echo "setup: installing circuit-maintenance-parser in $maintnote" >&2
  python3 -m venv "$maintnote"
  "$maintnote/bin/python" -m pip install -q -r maintnote/requirements.txt 2>&1 |
    { grep -v "^WARNING: Location '.*' is ignored" || true; } >&2
  sha256sum <maintnote/requirements.txt | cut -c1-16 >"$maintnote/.installed"
fi

if [ -f js/package.json ]; then
  sum=$(cat js/package.json js/package-lock.json 2>/dev/null | sha256sum | cut -c1-16)
  if [ "$(cat js/node_modules/.installed 2>/dev/null)" != "$sum" ]; then
    echo "setup: installing JavaScript calendar parsers" >&2
    (cd js && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund -q; else npm install --no-audit --no-fund -q; fi) >/dev/null
    echo "$sum" >js/node_modules/.installed
  fi
fi
