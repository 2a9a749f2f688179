#!/usr/bin/env bash
# Installs what AlignOnce needs and is missing. Source it (it may extend PATH).
#   Linux (Debian/Ubuntu): OpenBLAS headers and library (libopenblas-dev) from apt.
#   macOS: nothing (Accelerate ships with the system).
# A Swift 6 toolchain must be present (on PATH or in /opt/swift); it is not in Debian's archive.
if [ "$(uname -s)" = "Linux" ]; then
  if ! dpkg -s libopenblas-dev >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup: installing libopenblas-dev"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libopenblas-dev >/dev/null \
      || { echo "setup: could not install libopenblas-dev with apt-get" >&2; return 1 2>/dev/null || exit 1; }
  fi
fi
if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
  else
    echo "setup: no Swift toolchain found; install Swift 6 (see the Swift project's installation guide) and retry" >&2
    return 1 2>/dev/null || exit 1
  fi
fi
