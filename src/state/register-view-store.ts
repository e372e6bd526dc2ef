/**
 * How the register is viewed (search, filter, sort). UI state only, kept in memory rather than the URL
 * so that typed names never end up in browser history.
 */
import { create } from 'zustand';
import type { RegisterQuery } from '../domain';

interface RegisterViewState extends RegisterQuery {
  update: (change: Partial<RegisterQuery>) => void;
}

export const useRegisterViewStore = create<RegisterViewState>()((set) => ({
  search: '',
  filter: 'all',
  sort: 'name',
  isDescending: false,
  update: (change) => {
    set(change);
  },
}));
