#!/usr/bin/env bash
# System packages the tests need, from Debian: chromium for tests/test_serve_browser.py, a CJK font
# so that its screenshots show Chinese rather than empty boxes, and faketime, with which .ci/run runs the
# date-sensitive tests a year ahead, and redis-server for tests/test_cluster.py (the shared frontier).
# Idempotent: installs only what is missing.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || packages+=(fonts-wqy-microhei)
command -v faketime >/dev/null || packages+=(faketime)
command -v redis-server >/dev/null || packages+=(redis-server)

if [ ${#packages[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${packages[@]}"
fi
