#!/usr/bin/env bash
# Start-up of the installed app (the .deb's /usr/bin/playground) against ./playground from a clone, side by side
# (docs/performance.md, issue 21). Run it under xvfb-run, from the clone, with the .deb installed:
#   /work/wt/bin/quiet xvfb-run -a -s '-screen 0 1440x900x24' benchmarks/installed-start.sh [RUNS] [--fresh]
# Each start of the window exits at its first frame (-Dplayground.exitAfterFirstFrame=true through JAVA_TOOL_OPTIONS)
# and reports first-frame-ms, counted from the JVM's start. Starts alternate between the two so that a change in the
# machine's load touches both alike; one unmeasured start of each comes first. Both use an existing data folder.
# --fresh first removes both window caches and lets one window of each record its own, as a person's first start does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=5; fresh=0
for arg in "$@"; do case "$arg" in --fresh) fresh=1 ;; *) runs="$arg" ;; esac; done
installed=/usr/bin/playground
[[ -x "$installed" ]] || { echo "Install the .deb first (apt-get install ./packaging/target/installers/*.deb)." >&2; exit 2; }
[[ -n "${DISPLAY:-}" ]] || { echo "No display: run this under xvfb-run." >&2; exit 2; }
[[ -f app/target/playground-app.jar ]] || { echo "Build the clone first (./playground builds it)." >&2; exit 2; }
touch app/target/playground-app.jar   # else ./playground rebuilds when any source is newer than the jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
user_cache="${XDG_CACHE_HOME:-$HOME/.cache}/prompt-playground/playground.aot"

window() { JAVA_TOOL_OPTIONS=-Dplayground.exitAfterFirstFrame=true "$1" --data-dir "$work/data-$2" 2>&1 \
             | sed -n 's/.*first-frame-ms=\([0-9]*\).*/\1/p' | head -n1; }
wall() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "median %d, min %d, max %d (%d runs)", v[int((NR + 1) / 2)], v[1], v[NR], NR }'; }

if [[ $fresh -eq 1 ]]; then
  rm -f "$user_cache" app/target/playground.aot app/target/playground.aot.jdk
  window "$installed" installed >/dev/null
  window ./playground clone >/dev/null
  echo "Recorded both window caches; waiting for them to be assembled..." >&2
  for _ in $(seq 300); do [[ -s "$user_cache" && -s app/target/playground.aot ]] && break; sleep 1; done
  [[ -s "$user_cache" && -s app/target/playground.aot ]] || { echo "A window cache was not assembled." >&2; exit 1; }
fi
window "$installed" installed >/dev/null; window ./playground clone >/dev/null
: > "$work/w-installed"; : > "$work/w-clone"
for _ in $(seq "$runs"); do
  window "$installed" installed >> "$work/w-installed"
  window ./playground clone >> "$work/w-clone"
done
# The command line: the same data folders, now holding a store.
wall "$installed" --data-dir "$work/data-installed" prompt list >/dev/null; wall ./playground --data-dir "$work/data-clone" prompt list >/dev/null
# ./playground builds its command-line cache in the background after a command that ran without one: wait for it.
for _ in $(seq 300); do [[ -s app/target/playground-cli.aot && ! -e app/target/playground-cli.aot.lock ]] && break; sleep 1; done
: > "$work/c-installed"; : > "$work/c-clone"; : > "$work/v-installed"; : > "$work/v-clone"
for _ in $(seq "$runs"); do
  wall "$installed" --data-dir "$work/data-installed" prompt list >> "$work/c-installed"
  wall ./playground --data-dir "$work/data-clone" prompt list >> "$work/c-clone"
  wall "$installed" --version >> "$work/v-installed"
  wall ./playground --version >> "$work/v-clone"
done
echo "first window (first-frame-ms), installed: $(stats < "$work/w-installed")"
echo "first window (first-frame-ms), ./playground: $(stats < "$work/w-clone")"
echo "prompt list (wall ms), installed: $(stats < "$work/c-installed")"
echo "prompt list (wall ms), ./playground: $(stats < "$work/c-clone")"
echo "--version (wall ms), installed: $(stats < "$work/v-installed")"
echo "--version (wall ms), ./playground: $(stats < "$work/v-clone")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
