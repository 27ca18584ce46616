#!/usr/bin/env bash
# Daily Insights: install what is missing (Debian 12), build, then run the app
# or the whole test suite.
#   bash bootstrap.sh run [app arguments]   build (Release) and start the app
#   bash bootstrap.sh test                  build and run every test (ctest)
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
[ $# -gt 0 ] && shift

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libsqlite3-dev libqt6svg6-dev
  qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth fonts-nanum fonts-noto-color-emoji dbus gnome-keyring libsecret-1-0 libsecret-tools
  imagemagick x11-apps
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Let clones in other folders share the compiler cache.
export CCACHE_BASEDIR="$PWD"
build_dir=${DI_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build_dir" -j"$(nproc)"

case "$mode" in
  run)
    exec "$build_dir/daily-insights" "$@"
    ;;
  test)
    cd "$build_dir"
    exec ctest -j"$(nproc)" --output-on-failure --no-tests=error --timeout 300
    ;;
  *)
    echo "usage: bash bootstrap.sh run|test" >&2
    exit 2
    ;;
esac
