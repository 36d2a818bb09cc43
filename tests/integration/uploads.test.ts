import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { uploadPiece } from "@/lib/server/dossier/upload-piece";
import { env } from "@/lib/server/env";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { saveBankDetails } from "@/lib/server/dossier/save-bank-details";
import { getApplication } from "@/lib/server/application/get-application";
import { saveApplicationDraft } from "@/lib/server/application/save-draft";
import { startApplication } from "@/lib/server/application/start-application";
import { documentStorage, useDocumentStorage } from "@/lib/server/storage/storage";
import type { DocumentStorage } from "@/lib/server/storage/document-storage";
import { decryptField } from "@/lib/server/crypto/field-encryption";
import { UploadRefused } from "@/lib/server/dossier/receive-upload";
import { testDb } from "../support/db";
import { bodyOf, createRoundWithDestination, newStudent, PDF } from "../support/applications";
import { readAll } from "../support/streams";

async function draftOf() {
  const { round } = await createRoundWithDestination();
  const student = await newStudent();
  const { id } = await startApplication(student, round.id);
  return { student, applicationId: id };
}

async function storedKeys(): Promise<string[]> {
  const dir = path.resolve(process.env.STORAGE_DIR ?? ".data/uploads", "documents");
  return readdir(dir).catch(() => []);
}

afterEach(() => useDocumentStorage(undefined));

beforeAll(async () => {
  await testDb().$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION refuse_marked_file() RETURNS trigger AS $$
    BEGIN
      IF NEW."originalName" LIKE 'fail-database%' THEN RAISE EXCEPTION 'database write refused for the test'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await testDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_marked_file ON "StoredFile"`);
  await testDb().$executeRawUnsafe(`CREATE TRIGGER refuse_marked_file BEFORE INSERT ON "StoredFile" FOR EACH ROW EXECUTE FUNCTION refuse_marked_file()`);
});

// The files after this one share the database: they must find it as the migrations made it.
afterAll(async () => {
  await testDb().$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_marked_file ON "StoredFile"`);
  await testDb().$executeRawUnsafe(`DROP FUNCTION IF EXISTS refuse_marked_file()`);
});

describe("uploading a dossier piece", () => {
  it("stores the file under a random key with its SHA-256 and size, and lets the student download it", async () => {
    const { student, applicationId } = await draftOf();
    const uploaded = await uploadPiece(student, applicationId, "MOTIVATION_LETTER", "lettre de motivation.pdf", bodyOf(PDF));
    const row = await testDb().storedFile.findUniqueOrThrow({ where: { id: uploaded.fileId } });
    expect(row.size).toBe(PDF.length);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.storageKey).toMatch(/^documents\/[0-9a-f-]{36}$/);
    expect(row.originalName).toBe("lettre de motivation.pdf");
    const opened = await openDossierFile(student, uploaded.fileId);
    expect(await readAll(opened!.stream)).toEqual(Buffer.from(PDF));
  });

  it("keeps the earlier version when a piece is replaced", async () => {
    const { student, applicationId } = await draftOf();
    await uploadPiece(student, applicationId, "ACADEMIC_RECORD", "v1.pdf", bodyOf(PDF));
    await uploadPiece(student, applicationId, "ACADEMIC_RECORD", "v2.pdf", bodyOf(PDF));
    const view = await getApplication(student, applicationId);
    const files = view!.pieces.ACADEMIC_RECORD!.files;
    expect(files.map((f) => [f.originalName, f.current])).toEqual([
      ["v2.pdf", true],
      ["v1.pdf", false],
    ]);
    expect(view!.pieces.ACADEMIC_RECORD!.version).toBe(2);
  });

  it("refuses a file renamed .pdf that is not a PDF", async () => {
    const { student, applicationId } = await draftOf();
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(uploadPiece(student, applicationId, "MOTIVATION_LETTER", "letter.pdf", bodyOf(html))).rejects.toMatchObject({
      reason: "unsupported_type",
    });
    expect(await testDb().dossierPiece.count({ where: { applicationId } })).toBe(0);
  });

  it("refuses a PDF carrying JavaScript", async () => {
    const { student, applicationId } = await draftOf();
    // Spelt with a #xx escape, which a byte search for "/JavaScript" misses and a reader decodes.
    const active = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /J#61vaScript /JS (app.alert(1)) >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF",
    );
    await expect(uploadPiece(student, applicationId, "MOTIVATION_LETTER", "a.pdf", bodyOf(active))).rejects.toMatchObject({ reason: "active_pdf" });
    expect(await testDb().dossierPiece.count({ where: { applicationId, kind: "MOTIVATION_LETTER", currentFileId: { not: null } } })).toBe(0);
  });

  it("refuses a file that starts like a PDF and is none", async () => {
    const { student, applicationId } = await draftOf();
    const fake = new TextEncoder().encode("%PDF-1.4 this is a renamed text file");
    await expect(uploadPiece(student, applicationId, "MOTIVATION_LETTER", "a.pdf", bodyOf(fake))).rejects.toMatchObject({ reason: "damaged_pdf" });
  });

  it("refuses an empty file", async () => {
    const { student, applicationId } = await draftOf();
    await expect(uploadPiece(student, applicationId, "MOTIVATION_LETTER", "a.pdf", bodyOf(new Uint8Array()))).rejects.toMatchObject({
      reason: "empty",
    });
  });

  it("stops reading an oversized file as soon as it passes the limit, without buffering it", async () => {
    const { student, applicationId } = await draftOf();
    let produced = 0;
    const chunk = new Uint8Array(1024 * 1024);
    chunk.set(PDF.subarray(0, 8));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        produced += chunk.length;
        controller.enqueue(chunk);
      },
    });
    await expect(uploadPiece(student, applicationId, "MOTIVATION_LETTER", "big.pdf", endless)).rejects.toMatchObject({ reason: "too_large" });
    expect(produced).toBeLessThan(20 * 1024 * 1024);
    expect(await testDb().dossierPiece.count({ where: { applicationId } })).toBe(0);
  });

  it("never uses the user's file name as a path", async () => {
    const { student, applicationId } = await draftOf();
    const uploaded = await uploadPiece(student, applicationId, "MOTIVATION_LETTER", "../../../etc/passwd\u0000.pdf", bodyOf(PDF));
    expect(uploaded.originalName).toBe("passwd.pdf");
    const row = await testDb().storedFile.findUniqueOrThrow({ where: { id: uploaded.fileId } });
    expect(row.storageKey).not.toContain("passwd");
  });

  it("accepts a window's worth of 1,000 parallel uploads from one student and refuses the rest without storing anything", async () => {
    const { student, applicationId } = await draftOf();
    const real = documentStorage();
    const kept = new Set<string>();
    useDocumentStorage({
      put: async (key, sourcePath, contentType) => {
        await real.put(key, sourcePath, contentType);
        kept.add(key);
      },
      get: (key) => real.get(key),
      delete: async (key) => {
        await real.delete(key);
        kept.delete(key);
      },
    });
    const results = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) => uploadPiece(student, applicationId, "MOTIVATION_LETTER", `flood-${i}.pdf`, bodyOf(PDF))),
    );
    const accepted = results.filter((r) => r.status === "fulfilled").length;
    const refused = results.filter((r) => r.status === "rejected");
    // A fixed window may roll over during the burst, which admits at most a second window's worth.
    expect(accepted).toBeGreaterThanOrEqual(env().UPLOAD_RATE_LIMIT);
    expect(accepted).toBeLessThanOrEqual(2 * env().UPLOAD_RATE_LIMIT);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "rate_limited" });
    const rows = await testDb().storedFile.findMany({ where: { uploadedById: student.id }, select: { storageKey: true } });
    expect(rows.map((r) => r.storageKey).sort()).toEqual([...kept].sort());
    expect(rows).toHaveLength(accepted);
  });

  it("leaves no row when the storage fails", async () => {
    const { student, applicationId } = await draftOf();
    const failing: DocumentStorage = {
      put: async () => {
        throw new Error("disk full");
      },
      get: documentStorage().get.bind(documentStorage()),
      delete: documentStorage().delete.bind(documentStorage()),
    };
    useDocumentStorage(failing);
    await expect(uploadPiece(student, applicationId, "MOTIVATION_LETTER", "a.pdf", bodyOf(PDF))).rejects.toThrow("disk full");
    expect(await testDb().dossierPiece.count({ where: { applicationId } })).toBe(0);
    expect(await testDb().storedFile.count({ where: { uploadedById: student.id } })).toBe(0);
  });

  it("leaves no file when the database write fails", async () => {
    const { student, applicationId } = await draftOf();
    const before = await storedKeys();
    await expect(uploadPiece(student, applicationId, "MOTIVATION_LETTER", "fail-database.pdf", bodyOf(PDF))).rejects.toThrow();
    expect(await storedKeys()).toEqual(before);
    expect(await testDb().dossierPiece.count({ where: { applicationId } })).toBe(0);
  });
});

describe("another student", () => {
  it("cannot read, upload to or download from the first student's application", async () => {
    const { student, applicationId } = await draftOf();
    const uploaded = await uploadPiece(student, applicationId, "MOTIVATION_LETTER", "mine.pdf", bodyOf(PDF));
    const intruder = await newStudent();
    expect(await getApplication(intruder, applicationId)).toBeNull();
    expect(await openDossierFile(intruder, uploaded.fileId)).toBeNull();
    await expect(uploadPiece(intruder, applicationId, "MOTIVATION_LETTER", "x.pdf", bodyOf(PDF))).rejects.toMatchObject({ code: "not_found" });
    const { version } = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: applicationId } });
    await expect(
      saveApplicationDraft(intruder, { applicationId, version, step: "personal", values: { firstName: "Mallory" }, advance: false }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(saveBankDetails(intruder, { applicationId, holderName: "M", iban: "FR7630006000011234567890189", bic: "BNPAFRPP" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("bank details", () => {
  it("are refused before the before-departure phase opens", async () => {
    const { student, applicationId } = await draftOf();
    await expect(
      saveBankDetails(student, { applicationId, holderName: "Ana Lopes", iban: "FR7630006000011234567890189", bic: "BNPAFRPP" }),
    ).rejects.toMatchObject({ code: "refused", detail: "piece_not_open" });
  });

  it("store the IBAN encrypted and show it masked", async () => {
    const { student, applicationId } = await draftOf();
    await testDb().outgoingApplication.update({ where: { id: applicationId }, data: { status: "SELECTED" } });
    await saveBankDetails(student, { applicationId, holderName: "Ana Lopes", iban: "fr76 3000 6000 0112 3456 7890 189", bic: "bnpafrpp" });
    const stored = await testDb().bankDetails.findUniqueOrThrow({ where: { applicationId } });
    expect(stored.ibanEncrypted).not.toContain("30006000");
    expect(decryptField(stored.ibanEncrypted)).toBe("FR7630006000011234567890189");
    const view = await getApplication(student, applicationId);
    expect(view?.bankDetails).toEqual({ holderName: "Ana Lopes", iban: "•• •••• •••• 0189", bic: "BNPAFRPP" });
    expect(view?.checklist.find((p) => p.phase === "BEFORE_DEPARTURE")?.items[0]).toMatchObject({ kind: "BANK_DETAILS", state: "uploaded" });
  });
});

it("UploadRefused is what the route maps to 4xx answers", () => {
  expect(new UploadRefused("too_large").reason).toBe("too_large");
});
