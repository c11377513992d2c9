#!/usr/bin/env bash
# Installs Debian's chromium for the end-to-end tests when it is missing and we may (root).
# Playwright drives this system browser; nothing downloads a browser of its own.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: chromium is not installed and we are not root; browser tests will skip" \
       "(install it with: sudo apt-get install chromium)." >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no apt-get here; install Chromium yourself to run the browser tests." >&2
  exit 0
fi
echo "install-browser: installing Debian's chromium for the browser tests..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
command -v chromium >/dev/null
