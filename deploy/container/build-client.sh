#!/bin/sh
# Builds the PWA into $1 when the client exists (src/Client/package.json copied beside this script), else leaves
# $1 empty: the image must build before the client lands. Called by the Dockerfile's "client" stage.
set -eu
out=$1
mkdir -p "$out"
if [ -f package.json ]; then
  npm ci --no-audit --no-fund
  npm run build
  # Vite's default output folder; change here if the client builds elsewhere.
  cp -R dist/. "$out/"
else
  echo "src/Client/package.json not found: building the image without the client."
fi
