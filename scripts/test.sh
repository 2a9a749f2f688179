#!/usr/bin/env bash
# Sets up what is missing, builds AlignOnce and runs the whole test suite.
# The parity fixtures are read from ../shared/fixtures/parity (override: ALIGNONCE_FIXTURES).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
swift build --build-tests
swift test --skip-build --disable-swift-testing
