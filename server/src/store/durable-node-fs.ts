/**
 * An embedded database's directory whose commits reach the disk. PGlite's own defaults start PostgreSQL
 * with `-F` (fsync off), and its file layer (Emscripten's NODEFS) cannot sync anyway: `fdatasync` is a
 * no-op and `fsync` asks the file's stream for an operation NODEFS does not have. So a push the server had
 * answered could still be lost in a power cut or an operating-system crash, after the device had emptied
 * its outbox: an edit silently lost, and the practice's change numbers handed out twice.
 *
 * This gives NODEFS the missing operation (Node's fsync on the file's descriptor) and starts PostgreSQL
 * with fsync on and `wal_sync_method = fsync`, the one method that reaches it: every COMMIT then waits
 * for its WAL on disk, as PostgreSQL's own server does, and checkpoints sync the data files they wrote.
 */
import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** A NODEFS stream: Emscripten keeps the Node file descriptor it opened in `nfd`. */
interface NodeStream {
  nfd?: number;
}

/** Emscripten's errno for an I/O error: what a failed fsync answers PostgreSQL. */
const EMSCRIPTEN_EIO = 29;

type PostgresModule = Parameters<NodeFS['init']>[1];

export interface DurableNodeFSOptions {
  /** Syncs a file descriptor: Node's fsync, unless a test watches it. */
  sync?: (fd: number) => void;
  /**
   * Told when a sync failed. PostgreSQL then stops (PANIC) rather than carry on without knowing what
   * reached the disk, and PGlite answers nothing after that: the owner must end it (pglite-worker.ts).
   */
  onSyncFailure?: (error: unknown) => void;
}

/** Syncs a NODEFS stream's file to disk, as PostgreSQL's fsync asks: 0, or EIO when it failed. */
export function syncStream(
  stream: NodeStream,
  { sync = fsyncSync, onSyncFailure }: DurableNodeFSOptions = {},
): number {
  if (stream.nfd === undefined) return 0;
  try {
    sync(stream.nfd);
    return 0;
  } catch (error) {
    onSyncFailure?.(error);
    return EMSCRIPTEN_EIO;
  }
}

/** PGlite's NodeFS, with fsync (see the file's comment). */
export class DurableNodeFS extends NodeFS {
  readonly #options: DurableNodeFSOptions;

  constructor(dataDir: string, options: DurableNodeFSOptions = {}) {
    super(dataDir);
    this.#options = options;
  }

  override async init(pg: PGlite, opts: Partial<PostgresModule>) {
    const { emscriptenOpts } = await super.init(pg, opts);
    const giveFsync = (mod: PostgresModule) => {
      const streamOps = (mod.NODEFS as unknown as { stream_ops: Record<string, unknown> }).stream_ops;
      streamOps.fsync = (stream: NodeStream) => syncStream(stream, this.#options);
    };
    return {
      emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), giveFsync] },
    };
  }
}

/**
 * PGlite's start parameters with fsync on: its defaults without `-F`, and the WAL synced through `fsync`
 * (the default method, fdatasync, is a no-op in Emscripten).
 */
export function durableStartParams(): string[] {
  return [...PGlite.defaultStartParams.filter((param) => param !== '-F'), '-c', 'wal_sync_method=fsync'];
}
