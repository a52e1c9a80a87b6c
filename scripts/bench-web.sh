#!/usr/bin/env bash
# `npm run bench:web`: build the product and the blank Phaser baseline, then measure them in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vite build --logLevel warn
npx vite build --config bench/web/vite.config.ts
npx tsx bench/web/bench.ts
