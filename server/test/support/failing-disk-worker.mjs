// The embedded database's worker (as store/pglite.ts starts it) on a disk that fails: once a file named
// `disk-fails` is beside the data directory, every sync to disk fails with EIO, as a dying disk or a lost
// network volume answers. The rest is the real worker, started from its own entry.
import fs, { existsSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, join } from 'node:path';
import { workerData } from 'node:worker_threads';

const marker = join(dirname(workerData.dataDir), 'disk-fails');
const fsyncSync = fs.fsyncSync;
fs.fsyncSync = (fd) => {
  if (existsSync(marker)) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
  fsyncSync(fd);
};
// The worker's modules import fsyncSync by name: this makes that name the one above.
syncBuiltinESMExports();

await import('../../src/store/pglite-worker-start.mjs');
