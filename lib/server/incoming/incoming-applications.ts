import "server-only";
import { displayName } from "@/lib/domain/people";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import type { Prisma } from "@/lib/server/db/generated/client";
import { getFactSheet } from "./get-factsheet";
import { acceptanceLetterPdf } from "./acceptance-letter";

const INCOMING_PAGE_SIZE = 25;

function requireOffice(user: CurrentUser): void {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
}

type IncomingFilters = { status?: "SUBMITTED" | "ACCEPTED" | "DECLINED"; q?: string; page: number };

type IncomingRow = {
  id: string;
  version: number;
  name: string;
  email: string;
  homeInstitution: string;
  homeErasmusCode: string;
  fieldOfStudy: string;
  semester: "AUTUMN" | "SPRING";
  academicYear: string;
  status: "SUBMITTED" | "ACCEPTED" | "DECLINED";
  createdAt: Date;
};

const ROW_SELECT = {
  id: true,
  version: true,
  firstName: true,
  lastName: true,
  email: true,
  homeInstitution: true,
  homeErasmusCode: true,
  fieldOfStudy: true,
  semester: true,
  academicYear: true,
  status: true,
  createdAt: true,
} as const;

function toRow({ firstName, lastName, ...rest }: Prisma.IncomingApplicationGetPayload<{ select: typeof ROW_SELECT }>): IncomingRow {
  return { ...rest, name: displayName({ firstName, lastName }, "") };
}

/** The incoming applications tab: the international office only. */
export async function listIncomingApplications(user: CurrentUser, filters: IncomingFilters) {
  requireOffice(user);
  const where: Prisma.IncomingApplicationWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q
      ? {
          OR: [
            { lastName: { contains: filters.q, mode: "insensitive" } },
            { firstName: { contains: filters.q, mode: "insensitive" } },
            { email: { contains: filters.q, mode: "insensitive" } },
            { homeInstitution: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total, groups] = await Promise.all([
    db.incomingApplication.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * INCOMING_PAGE_SIZE,
      take: INCOMING_PAGE_SIZE,
      select: ROW_SELECT,
    }),
    db.incomingApplication.count({ where }),
    db.incomingApplication.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows: rows.map(toRow),
    total,
    pageCount: Math.max(1, Math.ceil(total / INCOMING_PAGE_SIZE)),
    statusCounts: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<IncomingRow["status"], number>>,
  };
}

export async function getIncomingApplication(user: CurrentUser, id: string) {
  requireOffice(user);
  const row = await db.incomingApplication.findUnique({
    where: { id },
    select: { ...ROW_SELECT, languages: true, decisionMessage: true, decidedAt: true, cvFile: { select: { id: true, originalName: true, size: true } } },
  });
  if (!row) return null;
  const { languages, decisionMessage, decidedAt, cvFile, ...base } = row;
  return { ...toRow(base), languages: languages as Array<{ language: string; level: string }>, decisionMessage, decidedAt, cv: cvFile };
}

/**
 * The office accepts or declines; the student is e-mailed in their language,
 * with the acceptance letter as a PDF when accepted. Decisions are final.
 */
export async function decideIncomingApplication(
  user: CurrentUser,
  decision: { applicationId: string; version: number; decision: "ACCEPTED" | "DECLINED"; message: string },
): Promise<void> {
  requireOffice(user);
  const sheet = await getFactSheet();
  if (!sheet) throw new AppError("not_found");
  await db.$transaction(async (tx) => {
    const application = await tx.incomingApplication.findUnique({ where: { id: decision.applicationId } });
    if (!application) throw new AppError("not_found");
    if (application.status !== "SUBMITTED") throw new AppError("refused", "already_decided");
    const updated = await tx.incomingApplication.updateMany({
      where: { id: application.id, version: decision.version, status: "SUBMITTED" },
      data: { status: decision.decision, decisionMessage: decision.message || null, decidedById: user.id, decidedAt: new Date(), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    await recordAudit(tx, {
      actorId: user.id,
      action: "incoming.decided",
      entityType: "IncomingApplication",
      entityId: application.id,
      fromState: "SUBMITTED",
      toState: decision.decision,
      reason: decision.message || null,
    });
    const recipient = { email: application.email, locale: application.locale };
    const params = { name: application.firstName, school: sheet.content.institution.name, message: decision.message || "—" };
    if (decision.decision === "ACCEPTED") {
      const letter = await acceptanceLetterPdf(sheet.content, application, decision.message);
      await notify(tx, recipient, "incomingAccepted", params, [
        { filename: "acceptance-letter.pdf", contentType: "application/pdf", contentBase64: Buffer.from(letter).toString("base64") },
      ]);
    } else {
      await notify(tx, recipient, "incomingDeclined", params);
    }
  });
  deliverSoon();
}
