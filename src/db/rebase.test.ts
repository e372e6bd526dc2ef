import { describe, expect, it } from 'vitest';
import { rebase } from './rebase';

describe('rebase', () => {
  it("puts this device's unsent edits over the server's copy, in order, without their protocol fields", () => {
    const server = { id: 'p1', wishes: 'Thuis blijven', vptz: 'nee' };
    const pending = [
      { changed: { wishes: 'Thuis sterven', $resolvesConflict: { conflictId: 'c1', conflictRev: 1 } } },
      { changed: { vptz: 'ja', $onBehalfOf: { userId: 'u1', name: 'Hanna Bakker' } } },
    ];
    expect(rebase(server, pending)).toEqual({ id: 'p1', wishes: 'Thuis sterven', vptz: 'ja' });
    expect(server).toEqual({ id: 'p1', wishes: 'Thuis blijven', vptz: 'nee' });
  });
});
