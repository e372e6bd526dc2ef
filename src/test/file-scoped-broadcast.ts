/**
 * BroadcastChannel for one test file. Dexie tells other tabs about every write through a BroadcastChannel,
 * and in Node that channel reaches every worker thread of the process: the app's test files run in threads
 * (vitest.config.ts), so a file heard the writes of the files running beside it, and of the files that ran
 * before it in its thread. A test counting Dexie's change events saw another file's. Here every channel a
 * file opens takes a name of the file's own: the file's channels still reach each other, as tabs of one
 * origin do, and nothing from another file arrives. Imported first by setup.ts, before Dexie opens its
 * channel when it loads.
 */
const NODE_CHANNEL = Symbol.for('tijdig.test.nodeBroadcastChannel');
const scope = globalThis as typeof globalThis & { [NODE_CHANNEL]?: typeof BroadcastChannel };
// setup.ts runs again for every file, also where files share their modules (the `app` project): each run
// wraps Node's own channel, never the wrapper a file before it installed.
const NodeBroadcastChannel = (scope[NODE_CHANNEL] ??= globalThis.BroadcastChannel);
const fileScope = crypto.randomUUID();

globalThis.BroadcastChannel = class FileScopedBroadcastChannel extends NodeBroadcastChannel {
  constructor(name: string) {
    super(`${fileScope}/${name}`);
  }
};
