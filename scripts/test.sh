#!/usr/bin/env bash
# `npm test`: every test, from a fresh clone on a fresh machine (installs what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "== typecheck"
npx tsc --noEmit
echo "== walls (dependency-cruiser: layers, public entries, no circle)"
npm run -s walls
echo "== engine, store and tools (vitest)"
npx vitest run
echo "== production build"
npx vite build --logLevel warn
echo "== browser (playwright, headless chromium)"
npx playwright test
