/**
 * Draws the add-in icons (a green sheet with a white check mark) and writes them as PNG into
 * assets/. Pure Node: shapes are rasterised with 4×4 supersampling and encoded with node:zlib,
 * so no image library is needed. Run once after a design change: `npx tsx scripts/make-icons.ts`.
 */
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

type Rgba = [number, number, number, number];

const SIZES = [16, 32, 64, 80, 128];
const GREEN: Rgba = [16, 124, 65, 255];
const GREEN_DARK: Rgba = [11, 90, 47, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GRID: Rgba = [255, 255, 255, 70];

/** Inside a rounded rectangle (coordinates in 0…1 of the icon). */
function inRoundedRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour of one sample point, painted back to front; null = transparent. */
function sample(x: number, y: number, size: number): Rgba | null {
  if (!inRoundedRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.14)) return null;
  let colour: Rgba = y > 0.8 ? GREEN_DARK : GREEN;
  // Grid lines read as a spreadsheet only where there are pixels enough to draw them.
  if (size >= 32) {
    const line = 1.2 / size;
    const onRow = [0.3, 0.5, 0.7].some((gy) => Math.abs(y - gy) < line / 2);
    const onCol = [0.38].some((gx) => Math.abs(x - gx) < line / 2);
    if ((onRow || onCol) && y < 0.8) colour = blend(colour, GRID);
  }
  const stroke = size <= 16 ? 0.15 : 0.12;
  const d = Math.min(
    distToSegment(x, y, 0.27, 0.52, 0.44, 0.69),
    distToSegment(x, y, 0.44, 0.69, 0.75, 0.33),
  );
  if (d <= stroke / 2) colour = WHITE;
  return colour;
}

function blend(under: Rgba, over: Rgba): Rgba {
  const a = over[3] / 255;
  const mix = (u: number, o: number) => Math.round(u * (1 - a) + o * a);
  return [mix(under[0], over[0]), mix(under[1], over[1]), mix(under[2], over[2]), 255];
}

function render(size: number): Buffer {
  const ss = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const c = sample((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size, size);
          if (!c) continue;
          // Premultiplied accumulation keeps anti-aliased edges free of dark fringes.
          const ca = c[3] / 255;
          r += c[0] * ca;
          g += c[1] * ca;
          b += c[2] * ca;
          a += ca;
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels → PNG bytes (8-bit truecolour with alpha, filter 0 on every row). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = join(__dirname, "..", "assets");
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
