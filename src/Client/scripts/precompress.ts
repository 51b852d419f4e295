import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Writes a Brotli and a gzip copy beside each hashed script and style (assets/x.js.br, assets/x.js.gz). The web front
// answers with a copy when the browser accepts it (src/WebFront/Client/PrecompressedAssets.cs): the files never change
// once built, so they are compressed once here, at the strongest levels, instead of on every request.
export function precompress(): Plugin {
  return {
    name: 'vrss-precompress',
    apply: 'build',
    // From the files as written, not from the bundle in memory: Vite still rewrites chunks (its preload helper's
    // placeholder) in its own generateBundle, so a copy made earlier would differ from the file it stands for.
    writeBundle(options) {
      const assets = join(options.dir ?? 'dist', 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css)$/.test(name)) continue;
        const bytes = readFileSync(join(assets, name));
        // Below a packet's size, compressing saves no round trip.
        if (bytes.length < 1024) continue;
        writeFileSync(join(assets, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }));
        writeFileSync(join(assets, `${name}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
