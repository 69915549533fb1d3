#!/bin/sh
# Builds the installed app's start-up caches (docs/decisions/0004, 0005, 0097): one for the command line and one for
# the window, each recorded from a training run of typical commands against a throwaway data folder. The installer
# runs it; running it again (as the owner of this folder) rebuilds them. A failure only means the app starts
# without a cache, so it never fails an installation.
app="$(cd "$(dirname "$0")" && pwd)"
java="$app/../runtime/bin/java"
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$app/../runtime/release")"
[ "${major:-0}" -ge 25 ] || exit 0   # AOT caches need JDK 25; older runtimes start without one
# The flags must be the launchers' own (the .cfg files beside this one), or the JVM ignores the cache.
common="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Dfile.encoding=UTF-8 -Xlog:aot=off -Xlog:cds=off"
# The class path exactly as the launchers give it (listed in their .cfg files): the cache records it and is ignored
# by a JVM whose class path differs.
classpath="$(sed -n 's/^app\.classpath=\$APPDIR/'"$(printf '%s' "$app" | sed 's/[&/\\]/\\&/g')"'/p' "$app/playground.cfg" | paste -sd: -)"
[ -n "$classpath" ] || exit 0
# build CACHE JVM-FLAGS [TRAINING-ARGUMENTS]
build() {
  cache="$1"; flags="$2"; training="${3:-}"
  conf="$cache.conf"
  rm -f "$cache" "$conf" "$cache.part"
  # shellcheck disable=SC2086 # the flag lists are meant to split
  "$java" $common $flags -XX:AOTMode=record -XX:AOTConfiguration="$conf" -cp "$classpath" dev.playground.app.cli.StartupTraining $training \
    && "$java" $common $flags -XX:AOTMode=create -XX:AOTConfiguration="$conf" -XX:AOTCache="$cache.part" -cp "$classpath" dev.playground.app.cli.StartupTraining \
    && mv "$cache.part" "$cache"
  rm -f "$conf" "$cache.part"
}
# The JVM reports each step on its own; the installer has nothing to say about them. The window's cache also holds
# the window's classes, loaded without a display (StartupTraining --window).
build "$app/playground-cli.aot" "-XX:+UseSerialGC" >/dev/null 2>&1
build "$app/playground.aot" "--add-modules=jdk.incubator.vector" --window >/dev/null 2>&1
exit 0
