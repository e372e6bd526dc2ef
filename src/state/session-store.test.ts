import { describe, expect, it } from 'vitest';
import { forgetRetiredProfile } from './session-store';

describe('forgetRetiredProfile', () => {
  it('removes the name and role an older version kept on the device, and leaves the session', () => {
    localStorage.setItem('tijdig.profile', JSON.stringify({ state: { name: 'Els Smit', role: 'poh' } }));
    localStorage.setItem('tijdig.session', '{"state":{"session":null}}');
    forgetRetiredProfile();
    expect(localStorage.getItem('tijdig.profile')).toBeNull();
    expect(localStorage.getItem('tijdig.session')).not.toBeNull();
    localStorage.removeItem('tijdig.session');
  });
});
