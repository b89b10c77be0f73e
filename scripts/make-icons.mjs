// Draws the toolbar and store icons (a blue rounded square with two lines of "text", the second
// with a red squiggly underline) at every size the stores ask for, into public/icon/<size>.png.
// Run by hand when the design changes (`node scripts/make-icons.mjs`); the PNGs are committed, so
// a build needs no image tool and no download.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const SAMPLES = 4; // per axis: anti-aliasing by supersampling
const outDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'public', 'icon');

const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];
const RED = [255, 110, 110];

/** The colour at a point of the unit square, or null outside the icon. */
function colourAt(x, y) {
  const r = 0.2; // corner radius
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const inBar = (top, left, right) => y >= top && y <= top + 0.12 && x >= left && x <= right;
  if (inBar(0.24, 0.18, 0.82) || inBar(0.46, 0.18, 0.62)) return WHITE;
  const wave = 0.74 + 0.05 * Math.sin((x - 0.18) * Math.PI * 6);
  if (x >= 0.18 && x <= 0.82 && Math.abs(y - wave) <= 0.055) return RED;
  return BLUE;
}

function crc32(bytes) {
  let crc = -1;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          colour.forEach((channel, index) => (sum[index] += channel));
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      for (let channel = 0; channel < 3; channel += 1) row[1 + px * 4 + channel] = covered ? Math.round(sum[channel] / covered) : 0;
      row[1 + px * 4 + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
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

mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(join(outDir, `${size}.png`), png(size));
