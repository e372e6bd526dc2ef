/**
 * Runs `work` once the page is idle: after the work already queued (a render, the frame that paints it),
 * and at the latest after `timeoutMs`. Browsers without requestIdleCallback (Safari) run it in a new task
 * after the next frame. Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
