// Creates an embedded database's data directory (initdb) in a process of its own, started by pglite.ts
// when the directory holds no database yet. initdb's memory (several hundred MB) is not all given back
// while the process that ran it lives, even after its thread has ended; this process ends with it.
// Plain JavaScript: it needs nothing of the server but PGlite.
import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Syncs every file and folder under `dir` to disk. PGlite writes the new directory without syncing it
 * (its file layer cannot, see durable-node-fs.ts); the server's commits are synced from then on, and the
 * write-ahead log they sync only helps if the files it starts from survived a power cut too.
 */
function syncTree(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(dir);
}

/** A folder is synced like a file (Linux opens it read-only for that), so its new entries are kept too. */
function syncPath(path) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: pglite-create.mjs <data directory>');
const pglite = await PGlite.create({ dataDir });
await pglite.close();
syncTree(dataDir);
// The folder's own entry, in the folder that holds it.
syncPath(dirname(resolve(dataDir)));
