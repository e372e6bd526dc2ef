// Loaded with `node --import` before a script: every fsync the script makes is appended, as the path of the
// file or folder synced, to the file named by TIJDIG_SYNC_LOG.
import fs, { appendFileSync, readlinkSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const log = process.env.TIJDIG_SYNC_LOG;
if (!log) throw new Error('record-syncs.mjs needs TIJDIG_SYNC_LOG');
const fsyncSync = fs.fsyncSync;
fs.fsyncSync = (fd) => {
  fsyncSync(fd);
  appendFileSync(log, `${readlinkSync(`/proc/self/fd/${String(fd)}`)}\n`);
};
// The script imports fsyncSync by name: this makes that name the one above.
syncBuiltinESMExports();
