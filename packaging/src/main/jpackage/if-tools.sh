#!/bin/sh
# Runs a command (jpackage making one installer) only when the tools it needs are on the PATH; otherwise it says which
# are missing and how to get them, and ends well, so a full build on a machine without them still passes.
# Usage: sh if-tools.sh "WHAT IS MADE" "HOW TO GET THE TOOLS" TOOL... -- COMMAND...
what="$1"; how="$2"; shift 2
missing=""
while [ $# -gt 0 ] && [ "$1" != -- ]; do
  command -v "$1" >/dev/null 2>&1 || missing="$missing $1"
  shift
done
[ "${1:-}" = -- ] && shift
if [ -n "$missing" ]; then
  echo "[packaging] Not making the $what: this machine lacks${missing} ($how). The other installers are made as usual."
  exit 0
fi
exec "$@"
