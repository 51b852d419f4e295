// Draws the app icons (a white "V" on the theme colour) as PNG files with no dependency but zlib.
// Run `npm run icons` after changing the design; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const THEME = [0x31, 0x57, 0xd5];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

// Inside the polygon (even-odd rule)?
const inside = (x, y, poly) => {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
};

function icon(size, { maskable }) {
  // The same "V" as favicon.svg, on a 64-unit grid; a maskable icon keeps it inside the 80% safe zone.
  const scale = maskable ? 0.72 : 1;
  const shift = (64 - 64 * scale) / 2;
  const v = [[16, 18], [24, 18], [32, 40], [40, 18], [48, 18], [36, 48], [28, 48]].map(([x, y]) => [x * scale + shift, y * scale + shift]);
  const radius = maskable ? 0 : 14;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      // 4x4 samples per pixel for smooth edges.
      let fg = 0;
      let cover = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const x = ((px + (sx + 0.5) / 4) / size) * 64;
          const y = ((py + (sy + 0.5) / 4) / size) * 64;
          const cx = Math.min(Math.max(x, radius), 64 - radius);
          const cy = Math.min(Math.max(y, radius), 64 - radius);
          if (radius === 0 || (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) {
            cover++;
            if (inside(x, y, v)) fg++;
          }
        }
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = cover === 0 ? 0 : Math.round((THEME[c] * (cover - fg) + WHITE[c] * fg) / cover);
      row[o + 3] = Math.round((cover / 16) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('icon-192.png', out), icon(192, { maskable: false }));
writeFileSync(new URL('icon-512.png', out), icon(512, { maskable: false }));
writeFileSync(new URL('icon-512-maskable.png', out), icon(512, { maskable: true }));
console.log('icons written to public/icons');
