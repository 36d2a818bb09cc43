import type { Readable } from "node:stream";

/** Where documents live: a local directory or an S3-compatible object store. */
export interface DocumentStorage {
  /** Stores the file at `sourcePath` under `key`; resolves once it is durable. */
  put(key: string, sourcePath: string, contentType: string): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}
