import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccessFact } from '../db';
import { freshDatabasePerTest } from '../test/database';
import { usePrintWithLog } from './usePrintWithLog';

const HANDOVER: AccessFact = {
  event: 'handover.print',
  action: 'E',
  patientId: 'p-1',
  recordPart: 'handover',
};
const OTHER: AccessFact = { ...HANDOVER, patientId: 'p-2' };

const device = freshDatabasePerTest();
afterEach(() => {
  vi.restoreAllMocks();
});

function renderPrint(facts: AccessFact | readonly AccessFact[], onBeforePrint?: () => void) {
  return renderHook(() => usePrintWithLog(facts, onBeforePrint), { wrapper: device.wrapper });
}

async function logged(count: number) {
  return (await device.auditQueueOf(count)).map((entry) => [entry.event, entry.action, entry.patientId]);
}

describe('usePrintWithLog', () => {
  it('stamps, logs once and prints from the button, though the browser fires beforeprint inside print()', async () => {
    // A real browser announces the print it is about to make; the button's own print must not count twice.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const onBeforePrint = vi.fn();
    const { result } = renderPrint(HANDOVER, onBeforePrint);
    result.current();
    expect(print).toHaveBeenCalledOnce();
    expect(onBeforePrint).toHaveBeenCalledOnce();
    expect(await logged(1)).toEqual([['handover.print', 'E', 'p-1']]);
  });

  it('logs a print started from the browser menu (Ctrl+P) as well', async () => {
    const onBeforePrint = vi.fn();
    renderPrint(HANDOVER, onBeforePrint);
    window.dispatchEvent(new Event('beforeprint'));
    expect(onBeforePrint).toHaveBeenCalledOnce();
    expect(await logged(1)).toEqual([['handover.print', 'E', 'p-1']]);
  });

  it('logs one entry per patient on a page with several', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { result } = renderPrint([HANDOVER, OTHER]);
    result.current();
    expect((await logged(2)).map(([, , patientId]) => patientId).sort()).toEqual(['p-1', 'p-2']);
  });

  it('stops listening when the page closes', async () => {
    const { unmount } = renderPrint(HANDOVER);
    unmount();
    window.dispatchEvent(new Event('beforeprint'));
    renderPrint(OTHER);
    window.dispatchEvent(new Event('beforeprint'));
    expect(await logged(1)).toEqual([['handover.print', 'E', 'p-2']]);
  });
});
