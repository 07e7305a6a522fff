#!/usr/bin/env bash
# Installs what Callboard needs to build on Debian 12 or Ubuntu 24.04 (only the packages that are
# missing), then configures and builds it in ./build. Sourced by run-demo.sh and run-tests.sh;
# safe to run again: a second run only rebuilds what changed. Sourced with --packages-only (as
# fuzz.sh does), it only defines callboard_packages and install_packages and builds nothing.
set -euo pipefail

callboard_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
callboard_build="${CALLBOARD_BUILD_DIR:-$callboard_root/build}"

# Debian package names; Ubuntu 24.04 uses the same ones.
callboard_packages=(
    cmake g++ make pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libzip-dev libsqlite3-dev libphonenumber-dev libgl-dev fonts-dejavu-core
)

missing_packages() {
    local package
    for package in "${callboard_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            echo "$package"
        fi
    done
}

install_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        echo "callboard: this script installs packages on Debian and Ubuntu only; elsewhere see" \
             "README.md, 'Building on macOS and Windows'." >&2
        return 1
    fi
    local missing
    missing="$(missing_packages | tr '\n' ' ')"
    if [ -z "${missing// /}" ]; then
        return 0
    fi
    echo "callboard: installing the packages it needs: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "callboard: run as root, or install them yourself: apt-get install $missing" >&2
            return 1
        fi
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

build_callboard() {
    local werror=OFF
    if [ "${CI:-}" = "true" ]; then
        werror=ON # warnings are errors in CI
    fi
    cmake -S "$callboard_root" -B "$callboard_build" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCALLBOARD_WERROR="$werror" >/dev/null
    cmake --build "$callboard_build" --parallel "$(nproc 2>/dev/null || echo 2)"
}

if [ "${1:-}" != "--packages-only" ]; then
    install_packages
    build_callboard
fi
