#!/usr/bin/env bash
# dev.sh — set up, build, run and test Livstråd on Debian 12.
#
#   ./dev.sh run [ARGS…]   install what is missing, build, start the app
#                          (on the demo household when there is no data yet)
#   ./dev.sh test          install what is missing, build, run every test
#   ./dev.sh bench         build and run the benchmarks in tests/bench/
#   ./dev.sh crash [N]     build and run the crash test with N kill cycles (1000)
#   ./dev.sh fuzz [TARGET] [SECONDS]
#                          build the fuzz targets with clang, libFuzzer, ASan and
#                          UBSan in _fuzz/ and run TARGET (household-json, ics,
#                          gedcom; all when not given) for SECONDS (600) each;
#                          findings and new inputs go to $LIVSTRAAD_FUZZ_DIR
#                          (default /tmp/livstraad-fuzz), never into the tree
#   ./dev.sh setup         only install the Debian packages
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/_build"
fuzz_build="$here/_fuzz"
fuzz_targets=(household-json ics gedcom key-slots backup)

packages=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  libgdk-pixbuf-2.0-dev libgexiv2-dev libcairo2-dev libpango1.0-dev libical-dev libsodium-dev libarchive-dev libsecret-1-dev tzdata
  desktop-file-utils appstream
  xvfb xauth dbus locales gnome-keyring
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme librsvg2-common
  poppler-utils python3 python3-icalendar
  fiu-utils libfiu0
)
backports_packages=(libsqlcipher-dev)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian 12 ships SQLCipher 4.6 only in bookworm-backports.  Enable that suite
# from the mirror this machine already uses, so no host name lives in the project.
enable_backports() {
  if apt-cache policy 2>/dev/null | grep -q 'bookworm-backports'; then
    return
  fi
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri="$(awk '/^URIs:/ && !/security/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)"
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri="$(awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' /etc/apt/sources.list)"
  fi
  if [ -z "$uri" ]; then
    echo "dev.sh: cannot find the Debian mirror in the apt sources to add bookworm-backports" >&2
    exit 1
  fi
  as_root tee /etc/apt/sources.list.d/livstraad-backports.sources >/dev/null <<SRC
Types: deb
URIs: $uri
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_updated=""
}

apt_updated=""
apt_update_once() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
}

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

sqlcipher_is_new_enough() {
  pkg-config --atleast-version=3.46 sqlcipher 2>/dev/null
}

ensure_locale() {
  if ! locale -a 2>/dev/null | grep -qi '^da_DK\.utf-\?8$'; then
    as_root localedef -i da_DK -f UTF-8 da_DK.UTF-8
  fi
}

setup() {
  local missing
  missing="$(missing_packages "${packages[@]}")"
  if [ -n "$missing" ]; then
    apt_update_once
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $missing
  fi
  if ! sqlcipher_is_new_enough; then
    enable_backports
    apt_update_once
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
      -t bookworm-backports "${backports_packages[@]}"
  fi
  ensure_locale
}

configure_and_build() {
  if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" "$here" --buildtype=debugoptimized
  fi
  meson compile -C "$build"
}

run_app() {
  local data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
  local args=("$@")
  # A first start with no household yet opens the demo household, so there is
  # something to look at; real data is never mixed with it.
  if [ ${#args[@]} -eq 0 ] && [ ! -e "$data_home/livstraad/household.db" ]; then
    args=(--demo)
  fi
  export GSETTINGS_SCHEMA_DIR="$build/data"
  # Translations straight from the build tree, so the Danish UI shows
  # without installing (the app reads LIVSTRAAD_LOCALEDIR; see README).
  export LIVSTRAAD_LOCALEDIR="$build/po"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "dev.sh: no display; starting the app under xvfb-run (nothing will be visible)" >&2
    exec xvfb-run -a "$build/src/livstraad" "${args[@]}"
  fi
  exec "$build/src/livstraad" "${args[@]}"
}

setup_fuzz() {
  local missing
  missing="$(missing_packages clang libclang-rt-14-dev)"
  if [ -n "$missing" ]; then
    apt_update_once
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends $missing
  fi
}

# libFuzzer needs the coverage of the libraries under test, not only of the
# targets: hence -fsanitize=fuzzer-no-link for the whole build.
configure_fuzz() {
  if [ ! -f "$fuzz_build/build.ninja" ]; then
    CC=clang meson setup "$fuzz_build" "$here" --buildtype=debugoptimized -Dfuzzing=true \
      -Db_sanitize=address,undefined -Db_lundef=false -Dc_args=-fsanitize=fuzzer-no-link
  fi
}

# Runs each target in turn for SECONDS.  The seed corpus in tests/fuzz/corpus
# is read, never written: new inputs go to the work folder's corpus, and a
# crash, leak or timeout to its crashes/ folder (see README: Fuzzing).
run_fuzz() {
  local seconds="${2:-600}" out="${LIVSTRAAD_FUZZ_DIR:-/tmp/livstraad-fuzz}"
  local targets=("${fuzz_targets[@]}") target status=0
  if [ -n "${1:-}" ] && [ "$1" != all ]; then
    targets=("${1#fuzz-}")
    if [ ! -d "$here/tests/fuzz/corpus/${targets[0]}" ]; then
      echo "dev.sh: no fuzz target “$1”; there are: ${fuzz_targets[*]}" >&2
      exit 2
    fi
  fi
  configure_fuzz
  ninja -C "$fuzz_build" -j2 "${targets[@]/#/tests/fuzz/fuzz-}"

  export ASAN_OPTIONS="detect_leaks=1" UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
  # As in the tests: GSlice off (so ASan sees every block), same zone and locale.
  export G_SLICE=always-malloc G_DEBUG=gc-friendly TZ=Europe/Copenhagen LC_ALL=C.UTF-8
  if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    export TMPDIR=/dev/shm # the household is reset after every import: keep it in memory
  fi
  for target in "${targets[@]}"; do
    local log="$out/$target/fuzz.log" before after
    mkdir -p "$out/$target/corpus" "$out/$target/crashes"
    before="$(find "$out/$target/crashes" -type f | wc -l)"
    echo "dev.sh: fuzzing $target for $seconds s; the whole log is $log" >&2
    "$fuzz_build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 \
      -print_final_stats=1 -dict="$here/tests/fuzz/fuzz-$target.dict" \
      -artifact_prefix="$out/$target/crashes/" \
      "$out/$target/corpus" "$here/tests/fuzz/corpus/$target" >"$log" 2>&1 &
    local pid=$!
    # Progress only: libFuzzer's "pulse" lines and its final figures.
    tail -n +1 --pid="$pid" -f "$log" | grep --line-buffered -E '(INITED|pulse|DONE|stat::)' || true
    wait "$pid" || true
    after="$(find "$out/$target/crashes" -type f | wc -l)"
    if [ "$after" -gt "$before" ]; then
      tail -n 60 "$log" >&2
      echo "dev.sh: $target found something: see $out/$target/crashes/" >&2
      status=1
    fi
  done
  return $status
}

# Runs the whole suite headless and ends with the line CI reads:
# "N passed, N failed", counted from meson's testlog.json.
run_tests() {
  local status=0
  export HOME="${LIVSTRAAD_TEST_HOME:-$(mktemp -d)}"
  export GDK_BACKEND=x11 GTK_A11Y=none NO_AT_BRIDGE=1
  dbus-run-session -- xvfb-run -a -s '-screen 0 1280x1024x24 -nolisten tcp' \
    meson test -C "$build" --print-errorlogs --num-processes 2 || status=$?
  python3 "$here/tests/count-results.py" "$build/meson-logs/testlog.json"
  return $status
}

# The crash test of tests/crash/ at full length: N kill cycles and N/5 runs
# of each kind of injected fault (a plain `meson test` runs 100 cycles).
run_crash() {
  export LIVSTRAAD_KDF=interactive
  python3 "$here/tests/crash/crash-test.py" --writer "$build/tests/crash/crash-writer" \
    --checker "$build/tests/crash/crash-check" --read-error "$build/tests/crash/crash-read-error" \
    --cycles "${1:-1000}"
}

case "${1:-}" in
  setup) setup ;;
  run) shift; setup; configure_and_build; run_app "$@" ;;
  test) setup; configure_and_build; run_tests ;;
  bench) setup; configure_and_build; meson compile -C "$build" bench && "$build/tests/bench/bench-household" \
      && "$build/tests/bench/bench-household" --encrypted \
      && "$build/tests/bench/bench-unlock" \
      && "$build/tests/bench/bench-genogram" && "$build/tests/bench/bench-network" \
      && "$build/tests/bench/bench-calendar" ;;
  crash) shift; setup; configure_and_build; run_crash "$@" ;;
  fuzz) shift; setup; setup_fuzz; run_fuzz "$@" ;;
  *) echo "usage: $0 run [ARGS…] | test | bench | crash [N] | fuzz [TARGET] [SECONDS] | setup" >&2; exit 2 ;;
esac
