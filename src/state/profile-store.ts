/**
 * Who is using this device: name and role, shown as the author of what they record. Session state, kept
 * in localStorage; the sync issue replaces it with real accounts.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Author, Role } from '../domain';

interface ProfileState {
  name: string;
  role: Role | null;
  setProfile: (name: string, role: Role | null) => void;
}

export const useProfileStore = create<ProfileState>()(
  persist(
    (set) => ({
      name: '',
      role: null,
      setProfile: (name, role) => {
        set({ name: name.trim(), role });
      },
    }),
    { name: 'tijdig.profile' },
  ),
);

/** The author for a new record, or null while the profile is incomplete. */
export function authorFromProfile(state: Pick<ProfileState, 'name' | 'role'>): Author | null {
  return state.name !== '' && state.role !== null ? { name: state.name, role: state.role } : null;
}
