#!/usr/bin/env bash
# Regenerates Sources/Evaluation/Resources/refusal_classifier.json, the keyword judge's learned
# fallback: exports the labelled test sets (all but the round-5 blind set R5) to JSON Lines and
# trains on them with the default options. Deterministic: rerunning it rewrites the same bytes
# (RefusalClassifierTests.testShippedClassifierIsReproducedByTrainingOnTheTrainingSets checks).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${ALIGNONCE_SCRATCH:-.build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ALIGNONCE_EXPORT_LABELLED="$work/labelled.jsonl" \
    swift test --scratch-path "$scratch" --filter LabelledSetExportTests.testExportLabelledSets
swift build --scratch-path "$scratch" --product alignonce
"$scratch/debug/alignonce" judge train --labelled "$work/labelled.jsonl" \
    --out Sources/Evaluation/Resources/refusal_classifier.json
git diff --stat -- Sources/Evaluation/Resources/refusal_classifier.json
