import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../sync/api-client';
import type { AuthClient } from '../sync/auth-client';

/** The app's connections to the server. Tests give a fake auth client and no API (they never sync). */
export interface Services {
  auth: AuthClient;
  /** The API the sync engine talks to; absent in component tests, which never sync. */
  api?: ApiClient;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext value={services}>{children}</ServicesContext>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside ServicesProvider');
  return services;
}
