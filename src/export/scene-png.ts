import type { Scene } from '../chart/export-scene.js';

/** Most pixels a PNG may have (40 million, 160 MB while drawing): beyond it the scale is lowered. */
const MAX_PIXELS = 4e7;
/** Longest side browsers draw a canvas with. */
const MAX_SIDE = 16384;

/**
 * Paints the scene with the canvas 2D API and encodes it as PNG. Drawn directly rather than
 * through an <img> of the SVG, which a strict `img-src 'self'` CSP blocks for data: and blob: URLs.
 */
export function scenePng(scene: Scene, scale: number): Promise<Blob> {
  const { width, height, margin } = scene;
  const k = Math.min(scale, MAX_SIDE / Math.max(width, height), Math.sqrt(MAX_PIXELS / (width * height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * k);
  canvas.height = Math.round(height * k);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(k, k);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, width, height);
  ctx.translate(margin, margin);
  ctx.strokeStyle = scene.link.color;
  ctx.lineWidth = scene.link.width;
  for (const d of scene.links) ctx.stroke(new Path2D(d));
  for (const b of scene.boxes) {
    ctx.beginPath();
    roundedRect(ctx, b.x, b.y, b.width, b.height, b.radius);
    ctx.fillStyle = b.fill;
    ctx.fill();
    if (b.strokeWidth > 0) {
      ctx.strokeStyle = b.stroke;
      ctx.lineWidth = b.strokeWidth;
      ctx.stroke();
    }
  }
  for (const t of scene.texts) {
    ctx.font = `${t.weight} ${t.size}px ${scene.fontFamily}`;
    ctx.fillStyle = t.color;
    ctx.fillText(t.text, t.x, t.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}

/** `ctx.roundRect(x, y, w, h, r)`, which Chromium has from 99 only (the support floor is 86). */
function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  const k = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.moveTo(x + k, y);
  ctx.arcTo(x + w, y, x + w, y + h, k);
  ctx.arcTo(x + w, y + h, x, y + h, k);
  ctx.arcTo(x, y + h, x, y, k);
  ctx.arcTo(x, y, x + w, y, k);
  ctx.closePath();
}
