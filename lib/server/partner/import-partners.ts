import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { V } from "@/lib/validation/messages";
import { readPartnerCsv, type PartnerCsvColumn, type PartnerCsvLineError } from "@/lib/domain/partner/partner-csv";
import { takenCode, writePartner } from "./save-partner";
import { writeAgreement } from "@/lib/server/agreement/save-agreement";
import { sendEwpNotificationsSoon } from "@/lib/server/ewp/notifications";

export type PartnerImportSummary = { partnersWritten: number; agreementsWritten: number; unchanged: number };

/** Thrown inside the transaction to roll the whole file back with the line that failed. */
class LineRefusal extends Error {
  constructor(readonly lineError: PartnerCsvLineError) {
    super("line refused");
  }
}

/**
 * The international office imports the partners' CSV file, all or nothing:
 * a partner is matched by its Erasmus code, an agreement by its partner and
 * years; what the file says the same as the portal is left untouched, so the
 * exported file re-imported changes nothing. Agreements the file does not
 * name are kept. Nothing is written if any line is wrong.
 */
export async function importPartners(user: CurrentUser, csv: string): Promise<{ summary: PartnerImportSummary | null; errors: PartnerCsvLineError[] }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const departments = await db.department.findMany({ select: { id: true, name: true } });
  const { partners, errors } = readPartnerCsv(csv, departments);
  if (errors.length > 0) return { summary: null, errors };
  const summary: PartnerImportSummary = { partnersWritten: 0, agreementsWritten: 0, unchanged: 0 };
  const count = (written: boolean, kind: "partnersWritten" | "agreementsWritten") => (written ? summary[kind]++ : summary.unchanged++);
  try {
    await db.$transaction(
      async (tx) => {
        for (const { line, partner, agreements } of partners) {
          const existing = await tx.partnerInstitution.findUnique({ where: { erasmusCode: partner.erasmusCode }, select: { id: true, version: true } });
          let written: Awaited<ReturnType<typeof writePartner>>;
          try {
            written = await writePartner(tx, user.id, { ...partner, id: existing?.id, version: existing?.version });
          } catch (error) {
            const [taken] = Object.entries(takenCode(error) ?? {});
            if (taken) throw new LineRefusal({ line, column: taken[0] === "schacCode" ? "schac_code" : "erasmus_code", message: taken[1] });
            throw error;
          }
          count(written.written, "partnersWritten");
          for (const agreement of agreements) {
            const { firstAcademicYear, lastAcademicYear } = agreement.terms;
            const matches = await tx.interInstitutionalAgreement.findMany({
              where: { partnerInstitutionId: written.id, firstAcademicYear, lastAcademicYear },
              select: { id: true, version: true },
            });
            if (matches.length > 1)
              throw new LineRefusal({ line: agreement.line, column: "first_year" satisfies PartnerCsvColumn, message: V.csvAmbiguousAgreement });
            const result = await writeAgreement(tx, user.id, {
              ...agreement.terms,
              partnerInstitutionId: written.id,
              id: matches[0]?.id,
              version: matches[0]?.version,
            });
            count(result.written, "agreementsWritten");
          }
        }
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof LineRefusal) return { summary: null, errors: [error.lineError] };
    throw error;
  }
  sendEwpNotificationsSoon();
  return { summary, errors: [] };
}
