import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppUpdateStore } from '../state/app-update-store';
import { useUnsavedChanges } from './useUnsavedChanges';

const dirtyForms = () => useAppUpdateStore.getState().dirtyForms.size;

/** Whether the browser would ask before closing the tab now. */
function asksBeforeClosing(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function renderForm(isDirty: boolean) {
  return renderHook(
    ({ dirty }) => {
      useUnsavedChanges(dirty);
    },
    { initialProps: { dirty: isDirty } },
  );
}

describe('useUnsavedChanges', () => {
  it('holds back updates and closing while the form has unsaved input, and lets go once it is saved', () => {
    const form = renderForm(false);
    expect(dirtyForms()).toBe(0);
    expect(asksBeforeClosing()).toBe(false);
    form.rerender({ dirty: true });
    expect(dirtyForms()).toBe(1);
    expect(asksBeforeClosing()).toBe(true);
    form.rerender({ dirty: false });
    expect(dirtyForms()).toBe(0);
    expect(asksBeforeClosing()).toBe(false);
  });

  it('counts each form on its own, and lets go of a form that goes away', () => {
    const first = renderForm(true);
    const second = renderForm(true);
    expect(dirtyForms()).toBe(2);
    first.unmount();
    expect(dirtyForms()).toBe(1);
    expect(asksBeforeClosing()).toBe(true);
    second.unmount();
    expect(dirtyForms()).toBe(0);
    expect(asksBeforeClosing()).toBe(false);
  });
});
