/**
 * Chart.js with only the parts the overview draws (bars, lines, category and linear axes, legend,
 * tooltip). Imported only by the lazily loaded charts, so none of it is in the first bundle. Registration is
 * a call, not a module side effect: package.json marks modules free of side effects, and a bare
 * `Chart.register(...)` at the top of this module was dropped from the production build.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

let isRegistered = false;

/** Chart.js's Chart, with the overview's parts registered (once). */
export function overviewChart(): typeof Chart {
  if (!isRegistered) {
    Chart.register(
      BarController,
      BarElement,
      LineController,
      LineElement,
      PointElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
    );
    isRegistered = true;
  }
  return Chart;
}
