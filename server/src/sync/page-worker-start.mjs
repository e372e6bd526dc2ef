// The entry of a pull page worker thread (page-workers.ts starts it). On Node 20 a worker does not inherit
// the server's `--import tsx` loader, so this plain-JavaScript file loads the TypeScript worker through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./page-worker.ts', import.meta.url);
