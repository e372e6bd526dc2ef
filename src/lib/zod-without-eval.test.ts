import { describe, expect, it } from 'vitest';

describe('zod without eval', () => {
  it("switches zod's compiled parsers off, so zod never tries new Function under the app's CSP", async () => {
    await import('./zod-without-eval');
    const { config } = await import('zod');
    expect(config().jitless).toBe(true);
  });
});
