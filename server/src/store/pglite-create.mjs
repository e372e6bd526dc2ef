// Creates an embedded database's data directory (initdb) in a process of its own, started by pglite.ts
// when the directory holds no database yet. initdb's memory (several hundred MB) is not all given back
// while the process that ran it lives, even after its thread has ended; this process ends with it.
// Plain JavaScript: it needs nothing of the server but PGlite.
import { PGlite } from '@electric-sql/pglite';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: pglite-create.mjs <data directory>');
const pglite = await PGlite.create({ dataDir });
await pglite.close();
