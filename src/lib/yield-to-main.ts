/**
 * Lets the browser paint and handle input before the next chunk of a long piece of work:
 * `scheduler.yield()` where it exists (the rest of the work keeps its place in line), else a new task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
