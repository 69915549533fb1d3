#!/usr/bin/env bash
# Checks the installers the build made (packaging/target/installers), as a user would meet them: the .deb is
# installed with apt (which brings its dependencies), its `playground` command runs from the PATH (the version, a
# store, a dry run, indexing and search through the trimmed native libraries), the menu entry and the start-up caches
# are in place, and it uninstalls without leaving files behind. The .rpm is inspected with rpm -qip / -qlp.
# Needs root (CI runs as root). Prints the installers' sizes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dir=target/installers
fail() { echo "check-installers: $*" >&2; exit 1; }
# One check at a time on a machine: two would install and remove the same package under each other.
exec 9>/tmp/prompt-playground-installer-check.lock
flock 9

deb=$(ls "$dir"/*.deb 2>/dev/null | head -n1 || true)
[[ -n "$deb" ]] || fail "no .deb in packaging/$dir (is dpkg-deb installed? was the build run with -DskipInstallers?)"
echo "Installing $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "./$deb" >/dev/null
trap 'dpkg --purge prompt-playground >/dev/null 2>&1 || true' EXIT

[[ "$(command -v playground)" == /usr/bin/playground ]] || fail "the playground command is not on the PATH"
launcher=/opt/prompt-playground/lib/app/launcher.sh
[[ "$(readlink -f /usr/bin/playground)" == "$launcher" && -x "$launcher" ]] \
  || fail "/usr/bin/playground does not lead to the app's launcher $launcher"
grep -qx "Exec=$launcher" /usr/share/applications/*prompt-playground.desktop || fail "the menu entry does not start $launcher"
version=$(playground --version)
[[ "$version" == "Prompt Playground "* ]] || fail "playground --version printed: $version"
echo "Installed: $version"
ls /usr/share/applications/prompt-playground*.desktop >/dev/null || fail "no menu entry was installed"
runtime=/opt/prompt-playground/lib/runtime
if [[ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$runtime/release")" -ge 25 ]]; then
  for cache in playground-cli.aot playground.aot; do
    [[ -s /opt/prompt-playground/lib/app/$cache ]] || fail "the installer did not build the start-up cache $cache (run sh /opt/prompt-playground/lib/app/start-cache.sh to see why)"
  done
fi
# Every JDK module the app's jars use must be in the trimmed runtime (installer.modules in packaging/pom.xml). Left
# out on purpose: java.compiler, jdk.attach and jdk.jdi, which only optional parts of H2 and javassist touch.
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jdeps" ]]; then
  have=$("$runtime/bin/java" --list-modules | sed 's/@.*//')
  need=$(for jar in /opt/prompt-playground/lib/app/playground-app.jar /opt/prompt-playground/lib/app/lib/*.jar; do
           "$JAVA_HOME/bin/jdeps" -s --multi-release 25 --ignore-missing-deps "$jar" 2>/dev/null
         done | grep -oE -- '-> (java|jdk)\.[a-z.]+' | cut -c4- | sort -u | grep -vxE 'java.compiler|jdk.attach|jdk.jdi')
  missing=$(comm -23 <(sort -u <<<"$need") <(sort -u <<<"$have"))
  [[ -z "$missing" ]] || fail "the installed runtime lacks JDK modules the app uses: $(echo $missing) (add them to installer.modules in packaging/pom.xml)"
fi

work=$(mktemp -d)
trap 'dpkg --purge prompt-playground >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
printf 'Explain {{ topic }} in one sentence.' > "$work/prompt.txt"
mkdir "$work/notes"
printf '# Retrieval\n\nRetrieval-augmented generation finds passages in your own documents and hands them to the model.\n' > "$work/notes/rag.md"
playground --data-dir "$work/data" run "$work/prompt.txt" --var topic=RAG --provider dry-run --json > "$work/run.json" \
  || fail "a dry run failed in the installed app"
grep -q '"answer"' "$work/run.json" || fail "the dry run printed no answer"
playground --data-dir "$work/data" index "$work/notes" --collection notes >/dev/null 2>&1 || fail "indexing failed in the installed app (native libraries?)"
found=$(playground --data-dir "$work/data" search "what finds passages in my documents" --collection notes --json) \
  || fail "search failed in the installed app"
grep -q rag.md <<<"$found" || fail "search found nothing in the installed app"
playground --data-dir "$work/data" prompt list >/dev/null || fail "prompt list failed in the installed app"

# The window, where a display can be made: the first start records this person's start-up cache, which is assembled
# after the window closes and used by the next start (the launcher, docs/decisions/0103).
if command -v xvfb-run >/dev/null 2>&1 && [[ -s /opt/prompt-playground/lib/app/playground.aot ]]; then
  window() { HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" JAVA_TOOL_OPTIONS=-Dplayground.exitAfterFirstFrame=true \
               xvfb-run -a -s '-screen 0 1280x800x24' playground --data-dir "$work/data" 2>&1; }
  # Read whole before grep: grep -q would cut the output short, and pipefail would take that for a failure.
  opened=$(window || true)
  grep -q 'first-frame-ms=' <<<"$opened" || fail "the installed app's window did not open (under xvfb-run): $(tail -n 5 <<<"$opened")"
  cache="$work/home/.cache/prompt-playground/playground.aot"
  for _ in $(seq 180); do [[ -s "$cache" && ! -e "$cache.lock" ]] && break; sleep 1; done
  [[ -s "$cache" ]] || fail "the first window did not leave a start-up cache in $cache"
  opened=$(window || true)
  grep -q 'first-frame-ms=' <<<"$opened" || fail "the installed app's window did not open from its start-up cache: $(tail -n 5 <<<"$opened")"
  echo "The window opens, records its start-up cache and opens again from it"
fi

echo "Installed: $(du -sm /opt/prompt-playground | cut -f1) MiB in /opt/prompt-playground (runtime $(du -sm /opt/prompt-playground/lib/runtime | cut -f1) MiB, jars $(du -smc /opt/prompt-playground/lib/app/*.jar /opt/prompt-playground/lib/app/lib | tail -n1 | cut -f1) MiB, start-up caches $(du -smc /opt/prompt-playground/lib/app/*.aot 2>/dev/null | tail -n1 | cut -f1) MiB)"
dpkg --purge prompt-playground >/dev/null
[[ ! -e /usr/bin/playground ]] || fail "/usr/bin/playground is still there after uninstalling"
[[ ! -e /opt/prompt-playground ]] || fail "/opt/prompt-playground is still there after uninstalling: $(find /opt/prompt-playground | head -5)"
echo "The .deb installs, runs and uninstalls cleanly"

rpm=$(ls "$dir"/*.rpm 2>/dev/null | head -n1 || true)
if [[ -n "$rpm" ]]; then
  rpm -qip "$rpm" | sed -n '1,/^Description/p'
  # Read whole before grep: grep -q stops early, and under pipefail rpm's broken pipe would fail the check.
  files=$(rpm -qlp "$rpm" 2>/dev/null)
  scripts=$(rpm -qp --scripts "$rpm" 2>/dev/null)
  grep -qx /opt/prompt-playground/lib/app/launcher.sh <<<"$files" || fail "the .rpm lacks lib/app/launcher.sh"
  grep -q 'ln -sf /opt/prompt-playground/lib/app/launcher.sh /usr/bin/playground' <<<"$scripts" || fail "the .rpm does not put playground on the PATH"
  echo "The .rpm holds $(wc -l <<<"$files") files and puts playground on the PATH"
else
  echo "note: no .rpm was built (rpmbuild is not installed)"
fi
echo "Installer sizes:"; du -h "$dir"/* | sed 's/^/  /'
