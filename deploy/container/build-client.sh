#!/bin/sh
# Builds the PWA into $1 when the client exists (src/Client/package.json copied beside this script), else leaves
# $1 empty: the image must build before the client lands. Called by the Dockerfile's "client" stage.
set -eu
out=$1
mkdir -p "$out"
if [ -f package.json ]; then
  npm ci --no-audit --no-fund
  npm run build
  # The client's build writes dist/ (index.html, assets/, sw.js, manifest.webmanifest, icons), the same folder
  # src/Silo/Client.targets ships as wwwroot/ outside containers.
  if [ ! -f dist/index.html ]; then
    echo "npm run build wrote no dist/index.html" >&2
    exit 1
  fi
  cp -R dist/. "$out/"
else
  echo "src/Client/package.json not found: building the image without the client."
fi
