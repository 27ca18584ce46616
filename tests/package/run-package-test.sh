#!/usr/bin/env bash
# Builds the Debian package, installs it, uses it, checks it, removes it.
#   bash tests/package/run-package-test.sh [BUILD_DIR]   (default: build-package)
# Needs root (or sudo) for apt-get; not part of .ci/run (a second Release
# build does not fit CI's time). Checks, in order: desktop-file-validate,
# appstreamcli validate, the man page, the package's contents, the installed
# `daily-insights --version`, a --demo refresh + digest from the installed
# binary, systemd-analyze verify of the installed units, lintian (no errors;
# warnings are listed), and that removing the package removes the binary.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$src/build-package"}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
step() { printf '\n== %s\n' "$*"; }
installed=0
profile=""
cleanup() {
  [ -z "$profile" ] || rm -rf "$profile"
  if [ "$installed" = 1 ]; then # a failed check does not leave the package behind
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -q daily-insights >/dev/null || true
  fi
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

step "static checks of the desktop files"
desktop-file-validate "$src/resources/daily-insights.desktop"
appstreamcli validate --no-net "$src"/resources/*.metainfo.xml
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$src/resources/man/daily-insights.1" 2>&1 >/dev/null || true)
[ -z "$man_warnings" ] || fail "man page warnings: $man_warnings"

step "Release build and package in $build"
export CCACHE_BASEDIR="$src"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" -j"$(nproc)"
rm -f "$build"/daily-insights_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/daily-insights_*.deb)
dpkg-deb --field "$deb"
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/daily-insights ./usr/share/applications/daily-insights.desktop \
         ./usr/share/metainfo/io.github.daily_insights.DailyInsights.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/daily-insights.svg \
         ./usr/share/icons/hicolor/48x48/apps/daily-insights.png \
         ./usr/share/icons/hicolor/256x256/apps/daily-insights.png \
         ./usr/share/man/man1/daily-insights.1.gz \
         ./usr/share/bash-completion/completions/daily-insights \
         ./usr/share/doc/daily-insights/copyright ./usr/share/doc/daily-insights/changelog.gz \
         ./usr/lib/systemd/user/daily-insights-refresh.service \
         ./usr/lib/systemd/user/daily-insights-refresh.timer; do
  grep -q " $f\$" <<<"$contents" || fail "$f is not in the package"
done
dpkg-deb --field "$deb" Depends | grep -q 'libqt6core6' || fail "Depends was not computed from the binary"

step "install"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$deb"
installed=1
[ -x /usr/bin/daily-insights ] || fail "/usr/bin/daily-insights is not installed"

step "use the installed binary"
version=$(/usr/bin/daily-insights --version)
echo "$version"
[[ $version == "daily-insights "* ]] || fail "unexpected --version output: $version"
[ "$(/usr/bin/daily-insights refresh --version)" = "$version" ] || fail "refresh --version differs"
profile=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen
di() { /usr/bin/daily-insights --profile "$profile" --demo "$@"; }
di config set general.time_zone UTC
di refresh --digest
# The demo feeds are dated 2026-11-17 to 2026-11-21 (UTC).
day=2026-11-21
di articles --date "$day" --json >"$profile/articles.json"
grep -q '"schema_version": 1' "$profile/articles.json" || fail "articles --json: no articles or no schema_version"
mkdir -p "$profile/export"
di digest --offline --date "$day" --export "$profile/export" --format json || fail "digest from the installed binary failed"
grep -q '"schema_version": 1' "$profile"/export/news_*.json || fail "the exported digest has no schema_version"

step "the man page and the completion name every option of every command"
manual=$(MANWIDTH=200 man daily-insights)
completion=$(cat /usr/share/bash-completion/completions/daily-insights)
for c in refresh sources articles categories digest config key import-digest extract; do
  grep -q "^ *$c\b" <<<"$manual" || fail "the man page has no section for $c"
  for o in $(/usr/bin/daily-insights "$c" --help | grep -o -- '--[a-z-]*' | sort -u); do
    grep -q -- "$o" <<<"$manual" || fail "the man page does not name $c $o"
    [ "$o" = --help-all ] || grep -q -- "$o" <<<"$completion" || fail "the completion does not offer $c $o"
  done
done

step "systemd-analyze verify (user units, installed)"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
systemd-analyze --user verify /usr/lib/systemd/user/daily-insights-refresh.timer \
  /usr/lib/systemd/user/daily-insights-refresh.service

step "lintian"
lintian_out=$(lintian --tag-display-limit 0 "$deb" || true)
echo "${lintian_out:-(nothing)}"
if grep -q '^E:' <<<"$lintian_out"; then fail "lintian reports errors"; fi

step "remove"
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -q daily-insights
installed=0
[ ! -e /usr/bin/daily-insights ] || fail "/usr/bin/daily-insights is still there"
[ ! -e /usr/lib/systemd/user/daily-insights-refresh.timer ] || fail "the timer is still there"
echo "package test: OK"
