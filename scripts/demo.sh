#!/usr/bin/env bash
# Sets up what is missing, builds AlignOnce in release mode and runs the embedded demo.
# Extra arguments go to `alignonce demo` (e.g. --seed 2 --out demo-seed2).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build -c release --product alignonce
.build/release/alignonce demo "$@"
