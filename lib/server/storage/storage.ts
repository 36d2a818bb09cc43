import "server-only";
import path from "node:path";
import { env } from "@/lib/server/env";
import type { DocumentStorage } from "./document-storage";
import { LocalDocumentStorage } from "./local-storage";
import { S3DocumentStorage } from "./s3-storage";

let storage: DocumentStorage | undefined;

/** The configured document storage (STORAGE_DRIVER). */
export function documentStorage(): DocumentStorage {
  if (!storage) {
    const config = env();
    if (config.STORAGE_DRIVER === "s3") {
      if (!config.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET");
      storage = new S3DocumentStorage({
        endpoint: config.S3_ENDPOINT,
        region: config.S3_REGION,
        bucket: config.S3_BUCKET,
        accessKeyId: config.S3_ACCESS_KEY_ID,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      });
    } else {
      storage = new LocalDocumentStorage(path.resolve(config.STORAGE_DIR));
    }
  }
  return storage;
}

/** Tests swap in a storage that fails on purpose. */
export function useDocumentStorage(replacement: DocumentStorage | undefined): void {
  storage = replacement;
}
