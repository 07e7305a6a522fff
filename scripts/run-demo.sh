#!/usr/bin/env bash
# Sets Callboard up (packages, build) and opens the dashboard on the demo workspace: the public
# PwC call-centre training log, imported into your data folder the first time. Without a display
# it prints the KPI summary and writes a PNG of the dashboard instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec "$callboard_build/app/callboard/callboard" \
    --demo "$callboard_root/tests/data/pwc-call-center/Call-Center-Dataset.csv" "$@"
