#!/bin/sh
# The installed app's launcher (docs/decisions/0103): the menu entry and /usr/bin/playground start the app through
# this script, so it starts as ./playground starts it from a clone (docs/decisions/0004, 0005):
# - the window from a start-up cache of this person's own, recorded at their first real window and assembled in the
#   background when that window closes (in ${XDG_CACHE_HOME:-~/.cache}/prompt-playground), used from then on and
#   recorded again after the app is installed again;
# - commands from the installation's command-line cache (start-cache.sh), with the serial collector, and with the
#   quick compiler alone except for the commands that run long loops (index, compare, import, export).
# It runs the packaged runtime's java with the class path of jpackage's launchers (their playground.cfg), which the
# caches require. Where it cannot do better (a runtime older than JDK 25, no writable cache folder) it hands over to
# jpackage's launchers in bin/, which start from the caches made at installation.
self="$(readlink -f "$0")"
app="${self%/*}"
root="${app%/lib/app}"
java="$root/lib/runtime/bin/java"

window=1
prev=""
for arg in "$@"; do
  case "$prev" in --data-dir|--store) prev=""; continue ;; esac
  case "$arg" in --data-dir|--store) ;; --data-dir=*|--store=*) ;; *) window=0 ;; esac
  prev="$arg"
done

major=0
while IFS= read -r line; do
  case "$line" in JAVA_VERSION=*) major="${line#JAVA_VERSION=\"}"; major="${major%%[!0-9]*}" ;; esac
done < "$root/lib/runtime/release"
if [ "${major:-0}" -lt 25 ] || [ ! -x "$java" ]; then
  if [ $window -eq 1 ]; then exec "$root/bin/prompt-playground" "$@"; fi
  exec "$root/bin/playground" "$@"
fi

classpath=""
while IFS= read -r line; do
  case "$line" in
    'app.classpath=$APPDIR/'*) classpath="$classpath${classpath:+:}$app/${line#'app.classpath=$APPDIR/'}" ;;
  esac
done < "$app/playground.cfg"
main=dev.playground.app.Main
flags="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dfile.encoding=UTF-8 -Xlog:aot=off -Xlog:cds=off"

if [ $window -eq 0 ]; then
  # Commands are short-lived: no GC threads to start, and the optimising compiler only pays off in long loops.
  flags="$flags -XX:+UseSerialGC"
  word=""
  skip=0
  for arg in "$@"; do
    if [ $skip -eq 1 ]; then skip=0; continue; fi
    case "$arg" in --data-dir|--store) skip=1 ;; --data-dir=*|--store=*) ;; *) word="$arg"; break ;; esac
  done
  case "$word" in index|compare|import|export) ;; *) flags="$flags -XX:TieredStopAtLevel=1" ;; esac
  # The version alone is answered before anything loads: mapping a cache of thousands of classes would only slow it.
  if [ -s "$app/playground-cli.aot" ] && ! { [ $# -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; }; }; then
    # shellcheck disable=SC2086 # the flag list is meant to split
    exec "$java" $flags -XX:AOTCache="$app/playground-cli.aot" -cp "$classpath" $main "$@"
  fi
  # shellcheck disable=SC2086
  exec "$java" $flags -cp "$classpath" $main "$@"
fi

# The window. This person's cache is up to date when it is newer than the installation (whose own window cache is
# made at installation, or else the app's jar).
cache="${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/prompt-playground"
aot="$cache/playground.aot"
installed="$app/playground.aot"
[ -f "$installed" ] || installed="$app/playground-app.jar"
if [ -s "$aot" ] && [ "$aot" -nt "$installed" ] && [ "$aot" -nt "$app/playground-app.jar" ]; then
  # shellcheck disable=SC2086
  exec "$java" $flags -XX:AOTCache="$aot" -cp "$classpath" $main "$@"
fi
if ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then exec "$root/bin/prompt-playground" "$@"; fi
# Record which classes this window uses; when it closes, assemble the cache in the background, quietly: a second
# window doing the same (the lock) or a failed step only means the next window records again.
conf="$cache/playground.$$.aotconf"
status=0
# shellcheck disable=SC2086
"$java" $flags -XX:AOTMode=record -XX:AOTConfiguration="$conf" -cp "$classpath" $main "$@" || status=$?
find "$aot.lock" -maxdepth 0 -mmin +10 -exec rm -rf {} + 2>/dev/null
if [ -s "$conf" ] && mkdir "$aot.lock" 2>/dev/null; then
  (
    # shellcheck disable=SC2086
    "$java" $flags -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCache="$aot.part" -cp "$classpath" $main \
      && mv -f "$aot.part" "$aot"
    rm -rf "$conf" "$aot.part" "$aot.lock"
  ) </dev/null >/dev/null 2>&1 &
else
  rm -f "$conf"
fi
exit $status
