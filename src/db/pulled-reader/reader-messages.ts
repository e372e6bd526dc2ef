/** What the main thread and the pull reader's worker say to each other. */
import type { PageToRead, ReadPage } from './read-page';

export interface ReaderRequest {
  id: number;
  page: PageToRead;
}

/** The page read, or why it could not be (then the main thread reads it itself). */
export type ReaderResponse = { id: number; read: ReadPage } | { id: number; failure: string };
