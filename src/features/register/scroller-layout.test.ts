import { describe, expect, it, vi } from 'vitest';
import type { Virtualizer } from '@tanstack/react-virtual';
import { scrollerRectBeforeLayout, scrollUnlessNewAtStart } from './scroller-layout';

/** A scroller as the virtualiser holds it, its scrollTo observed. */
function scrollerOf() {
  const element = document.createElement('div');
  const scrollTo = vi.fn();
  element.scrollTo = scrollTo;
  const instance = {
    scrollElement: element,
    options: { horizontal: false, isRtl: false },
  } as unknown as Virtualizer<HTMLDivElement, Element>;
  return { instance, scrollTo };
}

describe('scrollUnlessNewAtStart', () => {
  it('skips the first write to a new scroller when it is to the start, where the scroller already is', () => {
    const { instance, scrollTo } = scrollerOf();
    scrollUnlessNewAtStart(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('scrolls for every later write, to the start too', () => {
    const { instance, scrollTo } = scrollerOf();
    scrollUnlessNewAtStart(0, {}, instance);
    scrollUnlessNewAtStart(560, {}, instance);
    scrollUnlessNewAtStart(0, { behavior: 'smooth' }, instance);
    expect(scrollTo.mock.calls).toEqual([
      [{ top: 560, behavior: undefined }],
      [{ top: 0, behavior: 'smooth' }],
    ]);
  });

  it('scrolls for a first write anywhere but the start', () => {
    const { instance, scrollTo } = scrollerOf();
    scrollUnlessNewAtStart(1_120, { adjustments: 56 }, instance);
    expect(scrollTo).toHaveBeenCalledWith({ top: 1_176, behavior: undefined });
  });
});

describe('scrollerRectBeforeLayout', () => {
  it('follows the scroller’s CSS height, max(18rem, 100dvh - 19rem)', () => {
    vi.stubGlobal('innerHeight', 823);
    expect(scrollerRectBeforeLayout().height).toBe(823 - 19 * 16);
    vi.stubGlobal('innerHeight', 500);
    expect(scrollerRectBeforeLayout().height).toBe(18 * 16);
    vi.unstubAllGlobals();
  });
});
