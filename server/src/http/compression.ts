/**
 * Under this many bytes a file or answer is sent as it is: compressing it saves too little. One threshold
 * for all of them: the pull pages (sync/page-encoding.ts), every other answer (@fastify/compress, app.ts)
 * and the compressed copies the build writes of the app's files (scripts/precompress.ts).
 */
export const MIN_COMPRESSED_BYTES = 1024;
