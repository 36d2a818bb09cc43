import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/server/db/client";
import { hashLinkToken } from "@/lib/server/crypto/link-token";
import { documentStorage } from "@/lib/server/storage/storage";

type IncomingStatusView = {
  firstName: string;
  semester: "AUTUMN" | "SPRING";
  academicYear: string;
  status: "SUBMITTED" | "ACCEPTED" | "DECLINED";
  decisionMessage: string | null;
  createdAt: Date;
  /** Whether the acceptance letter can be downloaded from the status page. */
  hasLetter: boolean;
};

const STATUS_SELECT = {
  accessTokenHash: true,
  firstName: true,
  semester: true,
  academicYear: true,
  status: true,
  decisionMessage: true,
  createdAt: true,
  acceptanceLetter: { select: { storageKey: true, contentType: true, size: true, originalName: true, sha256: true } },
} as const;

/** The application the private status link names, if its token is the right one: the token is the student's only credential. */
async function byToken(id: string, token: string) {
  if (!token || token.length > 100) return null;
  const row = await db.incomingApplication.findUnique({ where: { id }, select: STATUS_SELECT });
  if (!row) return null;
  const expected = Buffer.from(row.accessTokenHash, "hex");
  const given = Buffer.from(hashLinkToken(token), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return row;
}

/** What the private status link shows; null for a wrong id or token. */
export async function getIncomingStatus(id: string, token: string): Promise<IncomingStatusView | null> {
  const row = await byToken(id, token);
  if (!row) return null;
  return {
    firstName: row.firstName,
    semester: row.semester,
    academicYear: row.academicYear,
    status: row.status,
    decisionMessage: row.decisionMessage,
    createdAt: row.createdAt,
    hasLetter: row.acceptanceLetter !== null,
  };
}

/** The acceptance letter as it was e-mailed, for the holder of the status link; null otherwise. */
export async function openIncomingLetter(id: string, token: string) {
  const letter = (await byToken(id, token))?.acceptanceLetter;
  if (!letter) return null;
  return { ...letter, stream: await documentStorage().get(letter.storageKey) };
}
