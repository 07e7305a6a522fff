#!/usr/bin/env bash
# Sets Callboard up (packages, build) and runs the whole test suite, headless.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$callboard_build" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)"
