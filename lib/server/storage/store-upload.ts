import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ReceivedUpload } from "@/lib/server/dossier/receive-upload";
import { documentStorage } from "./storage";

/** What a `StoredFile` row records of a stored upload, besides its name and uploader. */
type StoredUpload = { storageKey: string; sha256: string; size: number; contentType: string };

/**
 * Puts a received upload in storage under a random key, then runs `writeRows`
 * with the file's row fields. The file goes first and the rows second; if the rows cannot
 * be written the stored file is deleted, so a failure at any point leaves
 * neither an orphan file nor a row without its file.
 */
export async function storeUpload<T>(upload: ReceivedUpload, writeRows: (stored: StoredUpload) => Promise<T>): Promise<T> {
  const storageKey = `documents/${randomUUID()}`;
  try {
    await documentStorage().put(storageKey, upload.tempPath, upload.contentType);
  } finally {
    await rm(upload.tempPath, { force: true });
  }
  try {
    return await writeRows({ storageKey, sha256: upload.sha256, size: upload.size, contentType: upload.contentType });
  } catch (error) {
    await documentStorage()
      .delete(storageKey)
      .catch((cleanup) => console.error("[upload] orphan cleanup failed", storageKey, cleanup));
    throw error;
  }
}

/** Stores a document the portal made itself (a signed agreement's copy, a letter), under the same guarantees. */
export async function storeGenerated<T>(
  bytes: Uint8Array,
  contentType: ReceivedUpload["contentType"],
  writeRows: (stored: StoredUpload) => Promise<T>,
): Promise<T> {
  // storeUpload removes the file once stored; a folder around it would be left behind.
  const tempPath = path.join(os.tmpdir(), `erasmus-generated-${randomUUID()}`);
  await writeFile(tempPath, bytes);
  return storeUpload({ tempPath, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), contentType }, writeRows);
}
