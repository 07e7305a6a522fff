#!/usr/bin/env bash
# The import benchmark of BENCHMARKS.md: writes a synthetic log of N calls (default a million),
# imports it into a new workspace with callboard-cli, and on the same file and disk times the
# sqlite3 shell's bare `.import` of the same CSV, the yardstick. Then times the floor: the sqlite3
# shell copying the calls Callboard stored, row by row, into an empty table of the same shape and
# building the same indexes, which is what SQLite alone needs to write them. Prints wall time and
# peak memory of each and the ratios. Not part of the test suite: it takes minutes and wants a
# quiet machine.
#   scripts/bench-import.sh [CALLS] [WORK_DIR]
set -euo pipefail

calls="${1:-1000000}"
work="${2:-$(mktemp -d)}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
source "$root/scripts/setup.sh"
if ! command -v sqlite3 >/dev/null || [ ! -x /usr/bin/time ]; then
    callboard_packages+=(sqlite3 time)
    install_packages
fi
cli="$callboard_build/app/callboard-cli/callboard-cli"

log="$work/calls.csv"
echo "bench: writing $calls calls to $log"
"$cli" generate --calls "$calls" --out "$log"
ls -l "$log"

# Reads the file once first, so that neither run pays for a cold page cache.
cat "$log" >/dev/null

measure() { # label, command...
    local label="$1"
    shift
    local report="$work/time-$label.txt"
    /usr/bin/time -v "$@" >/dev/null 2>"$report"
    local wall peak
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$report")"
    peak="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")"
    echo "$label: wall $wall, peak $((peak / 1024)) MiB"
    echo "$wall" >"$work/wall-$label.txt"
}

rm -f "$work/raw.db" "$work"/workspace.sqlite*
measure sqlite3-import sqlite3 "$work/raw.db" ".import --csv $log raw"
measure callboard-import "$cli" import --db "$work/workspace.sqlite" "$log"
ls -l "$work/raw.db" "$work/workspace.sqlite"

# The floor: the calls table's shape (without its references to other tables) and indexes, filled
# from the workspace by an INSERT ... SELECT that the WHERE clause keeps from copying whole pages.
floor_sql="$work/floor.sql"
{
    echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384;"
    echo "ATTACH '$work/workspace.sqlite' AS stored;"
    sqlite3 "$work/workspace.sqlite" ".schema calls" | grep -v '^CREATE INDEX' \
        | sed 's/REFERENCES [a-z_]*(id)//g'
    echo "BEGIN; INSERT INTO calls SELECT * FROM stored.calls WHERE 1 ORDER BY id;"
    sqlite3 "$work/workspace.sqlite" ".schema calls" | grep '^CREATE INDEX'
    echo "COMMIT;"
} >"$floor_sql"
rm -f "$work"/floor.sqlite*
measure sqlite3-floor sh -c "sqlite3 '$work/floor.sqlite' <'$floor_sql'"

seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' "$1"; }
awk -v a="$(seconds "$work/wall-callboard-import.txt")" \
    -v b="$(seconds "$work/wall-sqlite3-import.txt")" \
    -v f="$(seconds "$work/wall-sqlite3-floor.txt")" \
    'BEGIN { printf "ratio callboard / sqlite3 .import: %.2f\n", a / b
             printf "ratio floor / sqlite3 .import: %.2f\n", f / b }'
