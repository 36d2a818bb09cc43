import "server-only";
import { timingSafeEqual } from "node:crypto";
import { db } from "@/lib/server/db/client";
import { hashLinkToken } from "@/lib/server/crypto/link-token";

type IncomingStatusView = {
  firstName: string;
  semester: "AUTUMN" | "SPRING";
  academicYear: string;
  status: "SUBMITTED" | "ACCEPTED" | "DECLINED";
  decisionMessage: string | null;
  createdAt: Date;
};

/** What the private status link shows; null for a wrong id or token. */
export async function getIncomingStatus(id: string, token: string): Promise<IncomingStatusView | null> {
  if (!token || token.length > 100) return null;
  const row = await db.incomingApplication.findUnique({
    where: { id },
    select: { accessTokenHash: true, firstName: true, semester: true, academicYear: true, status: true, decisionMessage: true, createdAt: true },
  });
  if (!row) return null;
  const expected = Buffer.from(row.accessTokenHash, "hex");
  const given = Buffer.from(hashLinkToken(token), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return {
    firstName: row.firstName,
    semester: row.semester,
    academicYear: row.academicYear,
    status: row.status,
    decisionMessage: row.decisionMessage,
    createdAt: row.createdAt,
  };
}
