import "server-only";
import { V } from "@/lib/validation/messages";
import { newLinkToken } from "@/lib/server/crypto/link-token";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { env } from "@/lib/server/env";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { storeUpload } from "@/lib/server/storage/store-upload";
import { receiveUpload } from "@/lib/server/dossier/receive-upload";
import { safeDisplayName } from "@/lib/domain/dossier/document-content";
import { isIntakeOpen, type Semester } from "@/lib/domain/incoming/deadlines";
import type { Locale } from "@/lib/i18n/locales";
import type { TIncomingApplication } from "@/lib/validation/incoming";
import { getFactSheet } from "./get-factsheet";

const INCOMING_PER_CLIENT = { limit: 20, windowSeconds: 60 * 60 };

function statusLink(id: string, token: string): string {
  return `${env().NEXTAUTH_URL ?? ""}/incoming/applications/${id}?token=${token}`;
}

/**
 * An incoming student applies with a CV, without an account: refused after
 * the intake's deadline (in the school's time zone) before the CV is read.
 * The student gets a confirmation e-mail with a private link to the status.
 */
export async function submitIncomingApplication(
  input: TIncomingApplication,
  cv: { fileName: string; body: ReadableStream<Uint8Array> | null },
  client: string,
  locale: Locale,
  now = new Date(),
): Promise<{ id: string; token: string }> {
  const sheet = await getFactSheet();
  if (!sheet) throw new AppError("not_found");
  const [semester, academicYear] = input.intake.split(":") as [Semester, string];
  if (!isIntakeOpen(now, semester, academicYear, sheet.content.deadlines, sheet.content.institution.timeZone)) {
    throw new AppError("refused", "deadline_passed", { intake: V.intakeClosed });
  }
  if (!(await consumeRateLimit(`incoming:${client}`, INCOMING_PER_CLIENT.limit, INCOMING_PER_CLIENT.windowSeconds))) {
    throw new AppError("rate_limited");
  }
  const upload = await receiveUpload(cv.body, env().UPLOAD_MAX_BYTES);
  const { token, tokenHash } = newLinkToken();
  const created = await storeUpload(upload, (stored) =>
    db.$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: { ...stored, originalName: safeDisplayName(cv.fileName, upload.contentType), uploadedById: `incoming:${input.email}` },
        select: { id: true },
      });
      const application = await tx.incomingApplication.create({
        data: {
          accessTokenHash: tokenHash,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          homeInstitution: input.homeInstitution,
          homeErasmusCode: input.homeErasmusCode,
          fieldOfStudy: input.fieldOfStudy,
          semester,
          academicYear,
          languages: input.languages,
          locale,
          cvFileId: file.id,
        },
        select: { id: true },
      });
      await notify(tx, { email: input.email, locale }, "incomingReceived", {
        name: input.firstName,
        school: sheet.content.institution.name,
        link: statusLink(application.id, token),
        weeks: sheet.content.decisionWeeksLimit,
      });
      return application;
    }),
  );
  deliverSoon();
  return { id: created.id, token };
}
