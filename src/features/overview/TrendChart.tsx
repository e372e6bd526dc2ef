import { useEffect, useRef, useState } from 'react';
import { ChartMarker } from './ChartMarker';
import { lineRuns, type TrendSeries } from './chart-data';
import styles from './OverviewCharts.module.css';

/** Width before the first measurement (and in jsdom, which does no layout). */
const DEFAULT_WIDTH = 640;
const HEIGHT = 280;
const TICKS = [0, 25, 50, 75, 100];

/**
 * The plot's width in CSS pixels, so the SVG is drawn 1:1 and its text keeps the page's size on a phone as
 * on a desktop (a fixed viewBox would shrink the labels with the chart).
 */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return { ref, width };
}

interface TrendChartProps {
  labels: readonly string[];
  series: readonly TrendSeries[];
  label: string;
}

/** One line per regional share over the quarters (0-100%), gaps where a quarter had nothing to measure. */
export function TrendChart({ labels, series, label }: TrendChartProps) {
  const { ref, width } = useWidth();
  const count = labels.length;
  const plot = { left: 48, right: width - 36, top: 14, bottom: HEIGHT - 30 };
  // Where quarter `index` sits across the plot; a single quarter in the middle.
  const xOf = (index: number) =>
    count <= 1 ? (plot.left + plot.right) / 2 : plot.left + (index * (plot.right - plot.left)) / (count - 1);
  const yOf = (percent: number) => plot.bottom - (percent / 100) * (plot.bottom - plot.top);
  return (
    <div ref={ref} className={styles.chart} role="img" aria-label={label}>
      <svg className={styles.plot} viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}>
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={plot.left} x2={plot.right} y1={yOf(tick)} y2={yOf(tick)} className={styles.grid} />
            <text x={plot.left - 8} y={yOf(tick)} textAnchor="end" dominantBaseline="middle">
              {tick}%
            </text>
          </g>
        ))}
        {labels.map((text, index) => (
          <text key={text} x={xOf(index)} y={HEIGHT - 8} textAnchor="middle">
            {text}
          </text>
        ))}
        {series.map((line) => (
          <g key={line.id}>
            {lineRuns(line.values).map((run) => (
              <polyline
                key={run[0]?.index}
                points={run
                  .map(({ index, value }) => `${String(xOf(index))},${String(yOf(value))}`)
                  .join(' ')}
                fill="none"
                stroke={line.colour}
                strokeWidth={2}
                strokeDasharray={line.dash || undefined}
              />
            ))}
            {lineRuns(line.values)
              .flat()
              .map(({ index, value }) => (
                <ChartMarker
                  key={index}
                  shape={line.marker}
                  x={xOf(index)}
                  y={yOf(value)}
                  colour={line.colour}
                />
              ))}
          </g>
        ))}
      </svg>
      <ul className={styles.legend}>
        {series.map((line) => (
          <li key={line.id}>
            <svg className={styles.legendLine} viewBox="0 0 36 14">
              <line
                x1={0}
                x2={36}
                y1={7}
                y2={7}
                stroke={line.colour}
                strokeWidth={2}
                strokeDasharray={line.dash || undefined}
              />
              <ChartMarker shape={line.marker} x={18} y={7} colour={line.colour} radius={4} />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
