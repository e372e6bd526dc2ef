/**
 * How the register's virtualiser meets its scroller when the list mounts: where it starts, how it follows
 * the scroller's size and its first scroll. The virtualiser's defaults made the render that mounts the
 * list end, in the same task, with two forced layouts of the page and a second render: with the rows of a
 * first sync arriving, that was the longest task of the sync (63 ms at 4x CPU in a trace of
 * sync.pull-1k), while the live rows' render itself is one React renders in slices (useRegisterRows).
 * The browser lays the page out right after that task anyway; now it does so only then.
 */
import { elementScroll, type Rect, type Virtualizer } from '@tanstack/react-virtual';

type RegisterVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The scroller's size before it is laid out, from the rule its CSS gives it (PatientList.module.css,
 * `.scroller`: max(18rem, 100dvh - 19rem)). From the virtualiser's default of 0 the first render held only
 * the overscan's rows, and the rows in view followed in a second render; from this estimate the first
 * render holds them. An estimate that is off costs only that second render.
 */
export function scrollerRectBeforeLayout(): Rect {
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return { width: window.innerWidth, height: Math.max(18 * rem, window.innerHeight - 19 * rem) };
}

/**
 * The virtualiser's `observeElementRect` without its first, synchronous read of the scroller's size: that
 * read forced the page's layout inside the render that mounted the list (27-30 ms of a 42-46 ms task in
 * traces of sync.pull-1k). The list starts from
 * scrollerRectBeforeLayout; the ResizeObserver's first report, which comes after that layout, corrects it.
 */
export function observeRectAfterLayout(
  instance: RegisterVirtualizer,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const report = () => {
    onRect({ width: element.clientWidth, height: element.clientHeight });
  };
  if (typeof ResizeObserver === 'undefined') {
    report();
    return undefined;
  }
  const observer = new ResizeObserver(report);
  observer.observe(element, { box: 'content-box' });
  return () => {
    observer.disconnect();
  };
}

/** Scrollers the virtualiser has written a scroll position to. */
const written = new WeakSet<Element>();

/**
 * The virtualiser's `scrollToFn`, without its first write to a scroller it has just mounted when that
 * write is to the start: a new scroller is there already, and `scrollTo` lays the page out first (a forced
 * layout of 26 ms at 4x CPU in a profile of sync.pull-1k, in the same task as the render that mounted it).
 * Every later write, and a first one elsewhere (an initial offset), scrolls as before.
 */
export function scrollUnlessNewAtStart(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: RegisterVirtualizer,
): void {
  const element = instance.scrollElement;
  if (element && !written.has(element)) {
    written.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
