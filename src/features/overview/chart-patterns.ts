/** Fills for the share bars that differ in pattern, not only in colour: solid, hatched and dotted. */
import type { SegmentFills } from './chart-config';

const SOLID = '#1f5f5b';
const INK = '#164744';
const PAPER = '#ffffff';
const TILE = 8;

function tile(paint: (context: CanvasRenderingContext2D) => void): CanvasPattern | string {
  const canvas = document.createElement('canvas');
  canvas.width = TILE;
  canvas.height = TILE;
  const context = canvas.getContext('2d');
  if (!context) return PAPER;
  context.fillStyle = PAPER;
  context.fillRect(0, 0, TILE, TILE);
  paint(context);
  return context.createPattern(canvas, 'repeat') ?? PAPER;
}

/** Ja solid, nee diagonal hatching, onbekend a light dotted fill. */
export function segmentFills(): SegmentFills {
  return {
    yes: SOLID,
    no: tile((context) => {
      context.strokeStyle = INK;
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(0, TILE);
      context.lineTo(TILE, 0);
      context.moveTo(-TILE / 2, TILE / 2);
      context.lineTo(TILE / 2, -TILE / 2);
      context.moveTo(TILE / 2, TILE * 1.5);
      context.lineTo(TILE * 1.5, TILE / 2);
      context.stroke();
    }),
    unknown: tile((context) => {
      context.fillStyle = '#6b7378';
      context.beginPath();
      context.arc(TILE / 2, TILE / 2, 1.3, 0, Math.PI * 2);
      context.fill();
    }),
  };
}
