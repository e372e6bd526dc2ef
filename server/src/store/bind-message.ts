/**
 * The messages that run a prepared statement once (PostgreSQL's extended protocol: Bind, Describe portal,
 * Execute, Sync), encoded for PGlite's `execProtocol` (pglite-prepared.ts). The bytes are those PGlite's own
 * `protocol.serialize` makes (a test compares them), but written in one pass: PGlite's serializer measures
 * every parameter's UTF-8 length in a JavaScript loop over its characters and copies the message three more
 * times, which for a push's write statement (about 15 KB of JSON in its parameters) took 96 µs against 11 µs
 * here, about 5% of the worker thread's time under push load (a CPU profile, issue 15).
 */

/** Describe the unnamed portal, Execute it with no row limit, Sync: the same for every run. */
const DESCRIBE_UNNAMED_PORTAL = [0x44, 0, 0, 0, 6, 0x50, 0];
const EXECUTE_ALL_ROWS = [0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0];
const SYNC = [0x53, 0, 0, 0, 4];
const DESCRIBE_EXECUTE_SYNC = Uint8Array.from([...DESCRIBE_UNNAMED_PORTAL, ...EXECUTE_ALL_ROWS, ...SYNC]);

const BIND = 0x42;
/** Parameters as text (format code 0), as PGlite's `query` sends them. */
const TEXT_FORMAT = 0;

/**
 * Bind `values` (text, or null for SQL NULL) to the prepared statement `statement` in the unnamed portal,
 * then describe, execute and sync it.
 */
export function encodeBindExecute(statement: string, values: readonly (string | null)[]): Uint8Array {
  const byteLengths = values.map((value) => (value === null ? -1 : Buffer.byteLength(value, 'utf8')));
  const statementBytes = Buffer.byteLength(statement, 'utf8');
  // After the type byte: the length itself, portal "" and the statement (C strings), the format codes
  // (a count and one per parameter), the parameters (a count, and each its length and bytes), and no result
  // format codes (all results as text).
  let bindLength = 4 + 1 + statementBytes + 1 + 2 + 2 * values.length + 2 + 2;
  for (const byteLength of byteLengths) bindLength += 4 + Math.max(byteLength, 0);

  // A buffer of its own (not Node's shared pool), so its bytes start at offset 0 of its ArrayBuffer.
  const message = Buffer.from(new ArrayBuffer(1 + bindLength + DESCRIBE_EXECUTE_SYNC.length));
  let at = message.writeUInt8(BIND, 0);
  at = message.writeInt32BE(bindLength, at);
  at = message.writeUInt8(0, at);
  at += message.write(statement, at, 'utf8');
  at = message.writeUInt8(0, at);
  at = message.writeUInt16BE(values.length, at);
  values.forEach(() => {
    at = message.writeInt16BE(TEXT_FORMAT, at);
  });
  at = message.writeUInt16BE(values.length, at);
  values.forEach((value, index) => {
    at = message.writeInt32BE(byteLengths[index] ?? -1, at);
    if (value !== null) at += message.write(value, at, 'utf8');
  });
  at = message.writeUInt16BE(0, at);
  message.set(DESCRIBE_EXECUTE_SYNC, at);
  return message;
}
