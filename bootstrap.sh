#!/usr/bin/env bash
# Daily Insights: install what is missing (Debian 12), build, then run the app
# or the whole test suite.
#   bash bootstrap.sh run [app arguments]   build (Release) and start the app
#   bash bootstrap.sh test                  build with AddressSanitizer + UBSan and run
#                                           every test (ctest), then build the fuzzers
#                                           (clang, libFuzzer) and run each for a bounded time
# Environment: DI_BUILD_DIR (default build, or build-asan for test),
# DI_FUZZ_BUILD_DIR (build-fuzz), DI_FUZZ_SECONDS (20 per fuzzer).
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-run}
[ $# -gt 0 ] && shift

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libsqlite3-dev libqt6svg6-dev
  qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgtest-dev libgmock-dev libbenchmark-dev libgumbo-dev
  xvfb xauth fonts-nanum fonts-noto-color-emoji dbus gnome-keyring libsecret-1-0 libsecret-tools
  imagemagick x11-apps
  desktop-file-utils appstream lintian librsvg2-bin file man-db
  clang libclang-rt-14-dev llvm lld
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
jobs=$(nproc)

case "$mode" in
  run)
    build_dir=${DI_BUILD_DIR:-build}
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDI_SANITIZE=OFF
    cmake --build "$build_dir" -j"$jobs"
    exec "$build_dir/daily-insights" "$@"
    ;;
  test)
    # One full build, sanitized: the whole suite runs once under ASan (leaks
    # included) and UBSan; any report fails its test.
    . tests/sanitizers/env.sh
    build_dir=${DI_BUILD_DIR:-build-asan}
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDI_SANITIZE=ON
    cmake --build "$build_dir" -j"$jobs"
    status=0
    (cd "$build_dir" && ctest -j"$jobs" --output-on-failure --no-tests=error --timeout 600) || status=1

    # The fuzzers: a small clang build of the parsers and decoders only.
    fuzz_dir=${DI_FUZZ_BUILD_DIR:-build-fuzz}
    cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DDI_FUZZ=ON -DBUILD_TESTING=OFF
    cmake --build "$fuzz_dir" -j"$jobs" --target fuzzers
    bash tests/fuzz/run-fuzzers.sh "$fuzz_dir" "${DI_FUZZ_SECONDS:-20}" || status=1
    exit "$status"
    ;;
  *)
    echo "usage: bash bootstrap.sh run|test" >&2
    exit 2
    ;;
esac
