import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { overviewChart } from './chart-setup';
import styles from './Overview.module.css';

interface ChartCanvasProps {
  /** Builds the chart once the canvas exists (patterns need it); memoise it, a new one redraws the chart. */
  makeConfig: () => ChartConfiguration;
  /** What the chart shows, for screen readers; the numbers themselves are in the tables. */
  label: string;
  height: number;
}

/** One Chart.js chart on a canvas, destroyed when it leaves the page or its data changes. */
export function ChartCanvas({ makeConfig, label, height }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const Chart = overviewChart();
    const chart = new Chart(context, makeConfig());
    return () => {
      chart.destroy();
    };
  }, [makeConfig]);
  return (
    <div className={styles.chart} style={{ height }} role="img" aria-label={label}>
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}
