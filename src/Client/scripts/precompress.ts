import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Writes a Brotli and a gzip copy beside each hashed script and style (assets/x.js.br, assets/x.js.gz). The web front
// answers with a copy when the browser accepts it (src/WebFront/Client/PrecompressedAssets.cs): the files never change
// once built, so they are compressed once here, at the strongest levels, instead of on every request.
export function precompress(): Plugin {
  return {
    name: 'vrss-precompress',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (!/^assets\/.+\.(js|css)$/.test(fileName)) continue;
        const bytes = Buffer.from(output.type === 'chunk' ? output.code : output.source);
        // Below a packet's size, compressing saves no round trip.
        if (bytes.length < 1024) continue;
        this.emitFile({
          type: 'asset',
          fileName: `${fileName}.br`,
          source: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
        });
        this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gzipSync(bytes, { level: 9 }) });
      }
    },
  };
}
