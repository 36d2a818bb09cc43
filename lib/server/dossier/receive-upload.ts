import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { detectDocumentType, SNIFF_BYTES, type DocumentType } from "@/lib/domain/dossier/document-content";
import { pdfActiveContent } from "./pdf-active-content";

export type ReceivedUpload = { tempPath: string; size: number; sha256: string; contentType: DocumentType };

export type UploadRefusal = "too_large" | "empty" | "unsupported_type" | "active_pdf" | "damaged_pdf";

export class UploadRefused extends Error {
  constructor(readonly reason: UploadRefusal) {
    super(reason);
  }
}

class TooLarge extends Error {}

/**
 * Streams a request body to a temporary file, never holding it in memory:
 * it stops reading as soon as the size limit is passed, hashes the bytes as
 * they go, then judges the type by the content.
 */
export async function receiveUpload(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<ReceivedUpload> {
  if (!body) throw new UploadRefused("empty");
  const dir = path.join(os.tmpdir(), "erasmus-uploads");
  await mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, randomUUID());
  const hash = createHash("sha256");
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(new TooLarge());
      if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as import("node:stream/web").ReadableStream), meter, createWriteStream(tempPath));
    if (size === 0) throw new UploadRefused("empty");
    const contentType = detectDocumentType(head);
    if (!contentType) throw new UploadRefused("unsupported_type");
    if (contentType === "application/pdf") {
      const active = await pdfActiveContent(await readFile(tempPath));
      if (active) throw new UploadRefused(active === "unreadable" ? "damaged_pdf" : "active_pdf");
    }
    return { tempPath, size, sha256: hash.digest("hex"), contentType };
  } catch (error) {
    await rm(tempPath, { force: true });
    if (error instanceof TooLarge) throw new UploadRefused("too_large");
    throw error;
  }
}
