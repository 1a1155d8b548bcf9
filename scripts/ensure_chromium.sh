#!/usr/bin/env bash
# Install Debian's headless Chromium, its WebDriver and CJK fonts for the browser tests
# (tests/test_browser.py). Nothing is downloaded outside apt: no browser bundles, no drivers.
#
# Installs only when something is missing and we are root; otherwise prints a note and exits 0,
# so it is safe to call from Makefile/CI on any machine (the browser tests then skip themselves).
set -euo pipefail

PACKAGES=(chromium chromium-driver fonts-noto-cjk)

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# without a CJK font Chinese renders as boxes in screenshots
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q .; }; then
    missing+=(fonts-noto-cjk)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "ensure_chromium: chromium, chromedriver and a CJK font are already installed."
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure_chromium: missing ${missing[*]}; not root, so not installing."
    echo "  run: sudo apt-get install -y ${PACKAGES[*]}   (browser tests are skipped until then)"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: missing ${missing[*]} and apt-get is not available; browser tests will be skipped."
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure_chromium: installing ${missing[*]} with apt-get"
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
/usr/bin/chromium --version || true
/usr/bin/chromedriver --version || true
