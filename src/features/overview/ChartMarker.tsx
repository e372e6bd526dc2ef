import type { MarkerShape } from './chart-data';

/** Corners of a regular shape around (x, y), as an SVG points list; the first corner straight up. */
function polygon(x: number, y: number, radius: number, corners: number, inner?: number): string {
  const step = inner === undefined ? 1 : 2;
  const count = corners * step;
  return Array.from({ length: count }, (_, index) => {
    const r = inner !== undefined && index % 2 === 1 ? inner : radius;
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
    return `${(x + r * Math.cos(angle)).toFixed(2)},${(y + r * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

interface ChartMarkerProps {
  shape: MarkerShape;
  x: number;
  y: number;
  colour: string;
  radius?: number;
}

/** A trend line's point: each line its own shape, so lines differ without colour. */
export function ChartMarker({ shape, x, y, colour, radius = 5 }: ChartMarkerProps) {
  const paint = { fill: colour, stroke: colour };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={radius} {...paint} />;
    case 'triangle':
      return <polygon points={polygon(x, y + radius * 0.2, radius * 1.2, 3)} {...paint} />;
    case 'square':
      return <rect x={x - radius} y={y - radius} width={radius * 2} height={radius * 2} {...paint} />;
    case 'diamond':
      return <polygon points={polygon(x, y, radius * 1.25, 4)} {...paint} />;
    case 'star':
      return <polygon points={polygon(x, y, radius * 1.3, 5, radius * 0.55)} {...paint} />;
    case 'cross':
      return (
        <path
          d={`M${x - radius},${y - radius}L${x + radius},${y + radius}M${x - radius},${y + radius}L${x + radius},${y - radius}`}
          stroke={colour}
          strokeWidth={2.5}
          fill="none"
        />
      );
  }
}
