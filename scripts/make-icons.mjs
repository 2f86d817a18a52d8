// Draws Timelock's icons into assets/: a padlock whose body is a clock face. One geometry feeds both the SVG source
// and the PNGs (rasterised here with 4×4 supersampling, written with zlib), so no image tool or package is needed.
// Run: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const assets = fileURLToPath(new URL('../assets/', import.meta.url));

// ---- geometry, in a 512-unit square ----------------------------------------------------------------------------
const app = {
  tile: { x: 32, y: 32, size: 448, radius: 100, top: [108, 99, 255], bottom: [63, 55, 201] },
  shackle: { cx: 256, cy: 226, r: 84, width: 40, legBottom: 280 },
  body: { x: 140, y: 252, w: 232, h: 184, radius: 40 },
  face: { cx: 256, cy: 344, r: 60 },
  hands: [
    { angle: 0, length: 38 },
    { angle: 60, length: 46 },
  ],
  handWidth: 12,
  hub: 9,
};

// The tray glyph, in a 32-unit square: no tile, heavier strokes, one hand, so it still reads at 16 px.
const tray = {
  // Edges sit on even units so that at 16 px they fall on whole pixels and stay sharp.
  shackle: { cx: 16, cy: 12, r: 8, width: 4, legBottom: 16 },
  body: { x: 4, y: 14, w: 24, h: 16, radius: 3 },
  face: { cx: 16, cy: 22, r: 4.5 },
  hand: { angle: 45, length: 3, width: 2 },
};

const WHITE = [255, 255, 255];

// ---- shapes as inside-tests --------------------------------------------------------------------------------------
const inRoundRect = ({ x, y, w, h, radius }) => (px, py) => {
  const dx = Math.max(x + radius - px, 0, px - (x + w - radius));
  const dy = Math.max(y + radius - py, 0, py - (y + h - radius));
  return px >= x && px <= x + w && py >= y && py <= y + h && dx * dx + dy * dy <= radius * radius;
};

const inCircle = (cx, cy, r) => (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r;

function distanceToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

// The shackle: the upper half of a ring plus two legs going down into the body.
const inShackle = ({ cx, cy, r, width, legBottom }) => (px, py) => {
  const half = width / 2;
  if (py <= cy && Math.abs(Math.hypot(px - cx, py - cy) - r) <= half) return true;
  return py >= cy && py <= legBottom && (Math.abs(px - (cx - r)) <= half || Math.abs(px - (cx + r)) <= half);
};

// A clock hand from the centre, `angle` degrees clockwise from 12, with round ends.
const handEnd = (face, { angle, length }) => {
  const a = (angle * Math.PI) / 180;
  return [face.cx + Math.sin(a) * length, face.cy - Math.cos(a) * length];
};
const inHand = (face, hand, width) => {
  const [ex, ey] = handEnd(face, hand);
  return (px, py) => distanceToSegment(px, py, face.cx, face.cy, ex, ey) <= width / 2;
};

// ---- painters: (x, y) in the design square → [r, g, b, a] ---------------------------------------------------------
function appPainter() {
  const { tile } = app;
  const layers = [
    [inShackle(app.shackle), WHITE],
    [inRoundRect(app.body), WHITE],
    [inCircle(app.face.cx, app.face.cy, app.face.r), null], // the face shows the tile through the body
    ...app.hands.map((hand) => [inHand(app.face, hand, app.handWidth), WHITE]),
    [inCircle(app.face.cx, app.face.cy, app.hub), WHITE],
  ];
  const inTile = inRoundRect({ x: tile.x, y: tile.y, w: tile.size, h: tile.size, radius: tile.radius });
  return (x, y) => {
    if (!inTile(x, y)) return [0, 0, 0, 0];
    const t = (y - tile.y) / tile.size;
    const tileColour = tile.top.map((c, i) => c + (tile.bottom[i] - c) * t);
    let colour = tileColour;
    for (const [inside, fill] of layers) if (inside(x, y)) colour = fill ?? tileColour;
    return [...colour, 255];
  };
}

function trayPainter(colour) {
  const solid = [inShackle(tray.shackle), inRoundRect(tray.body)];
  const hole = inCircle(tray.face.cx, tray.face.cy, tray.face.r);
  const hand = inHand(tray.face, tray.hand, tray.hand.width);
  return (x, y) => {
    const filled = solid.some((inside) => inside(x, y)) && (!hole(x, y) || hand(x, y));
    return filled ? [...colour, 255] : [0, 0, 0, 0];
  };
}

// ---- raster and PNG ------------------------------------------------------------------------------------------------
function rasterise(paint, designSize, pixels, samples = 4) {
  const scale = designSize / pixels;
  const rgba = Buffer.alloc(pixels * pixels * 4);
  for (let py = 0; py < pixels; py++) {
    for (let px = 0; px < pixels; px++) {
      // Average premultiplied colour so edges blend into transparency without dark fringes.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * pixels + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round(a / (samples * samples));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- SVG source of the app icon, from the same numbers ----------------------------------------------------------------
function appSvg() {
  const { tile, shackle: s, body, face } = app;
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const hands = app.hands
    .map((hand) => handEnd(face, hand).map((v) => +v.toFixed(2)))
    .map(([x, y]) => `    <line x1="${face.cx}" y1="${face.cy}" x2="${x}" y2="${y}"/>`)
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <!-- Generated by scripts/make-icons.mjs: edit the geometry there, then run it again. -->
  <defs>
    <linearGradient id="tile" gradientUnits="userSpaceOnUse" x1="0" y1="${tile.y}" x2="0" y2="${tile.y + tile.size}">
      <stop offset="0" stop-color="${hex(tile.top)}"/>
      <stop offset="1" stop-color="${hex(tile.bottom)}"/>
    </linearGradient>
  </defs>
  <rect x="${tile.x}" y="${tile.y}" width="${tile.size}" height="${tile.size}" rx="${tile.radius}" fill="url(#tile)"/>
  <path d="M${s.cx - s.r} ${s.legBottom} V${s.cy} A${s.r} ${s.r} 0 0 1 ${s.cx + s.r} ${s.cy} V${s.legBottom}" fill="none" stroke="#ffffff" stroke-width="${s.width}"/>
  <rect x="${body.x}" y="${body.y}" width="${body.w}" height="${body.h}" rx="${body.radius}" fill="#ffffff"/>
  <circle cx="${face.cx}" cy="${face.cy}" r="${face.r}" fill="url(#tile)"/>
  <g stroke="#ffffff" stroke-width="${app.handWidth}" stroke-linecap="round">
${hands}
  </g>
  <circle cx="${face.cx}" cy="${face.cy}" r="${app.hub}" fill="#ffffff"/>
</svg>
`;
}

function write(name, bytes) {
  fs.writeFileSync(path.join(assets, name), bytes);
  console.log(`wrote assets/${name}`);
}

export function makeIcons() {
  fs.mkdirSync(assets, { recursive: true });
  write('icon.svg', appSvg());
  write('icon.png', encodePng(rasterise(appPainter(), 512, 512), 512, 512));
  // Coloured for Windows and Linux panels, light or dark; black-and-alpha "Template" images for the macOS menu bar.
  const variants = [
    ['tray', trayPainter(app.tile.top)],
    ['trayTemplate', trayPainter([0, 0, 0])],
  ];
  for (const [name, paint] of variants) {
    write(`${name}.png`, encodePng(rasterise(paint, 32, 16), 16, 16));
    write(`${name}@2x.png`, encodePng(rasterise(paint, 32, 32), 32, 32));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) makeIcons();
