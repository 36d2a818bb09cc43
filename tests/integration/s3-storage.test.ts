import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3DocumentStorage } from "@/lib/server/storage/s3-storage";
import { useDocumentStorage } from "@/lib/server/storage/storage";
import { uploadPiece } from "@/lib/server/dossier/upload-piece";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { startApplication } from "@/lib/server/application/start-application";
import { bodyOf, createRoundWithDestination, newStudent, PDF } from "../support/applications";
import { startS3Server } from "../support/s3-server";
import { readAll } from "../support/streams";

let s3: Awaited<ReturnType<typeof startS3Server>>;
let storage: S3DocumentStorage;

beforeAll(async () => {
  s3 = await startS3Server("documents");
  storage = new S3DocumentStorage({ endpoint: s3.endpoint, region: "us-east-1", bucket: "documents", accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
});

afterAll(async () => {
  useDocumentStorage(undefined);
  await s3.stop();
});

describe("the S3 storage driver, against a real S3-compatible server", () => {
  it("puts, reads back and deletes a document", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "s3-test-")), "doc.pdf");
    writeFileSync(file, PDF);
    await storage.put("documents/s3-round-trip", file, "application/pdf");
    expect(await readAll(await storage.get("documents/s3-round-trip"))).toEqual(Buffer.from(PDF));
    await storage.delete("documents/s3-round-trip");
    // The server itself says the object is gone: S3's NoSuchKey, answered with 404.
    await expect(storage.get("documents/s3-round-trip")).rejects.toMatchObject({ name: "NoSuchKey", $metadata: { httpStatusCode: 404 } });
  });

  it("serves a dossier upload end to end", async () => {
    useDocumentStorage(storage);
    const { round } = await createRoundWithDestination();
    const student = await newStudent();
    const { id } = await startApplication(student, round.id);
    const uploaded = await uploadPiece(student, id, "MOTIVATION_LETTER", "letter.pdf", bodyOf(PDF));
    const opened = await openDossierFile(student, uploaded.fileId);
    expect(await readAll(opened!.stream)).toEqual(Buffer.from(PDF));
  });
});
