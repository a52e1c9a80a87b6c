#!/usr/bin/env bash
# `npm run bench:studio`: build the product, then measure the scenario studio in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vite build --logLevel warn
npx tsx bench/studio/bench.ts
