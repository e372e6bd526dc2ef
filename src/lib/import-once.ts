/**
 * A module loaded on demand (a chunk of its own), fetched once and shared by every caller. A failed fetch
 * (offline before the service worker cached the chunk) is forgotten, so the next call tries again.
 */
export function importOnce<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
