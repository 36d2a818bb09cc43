import "server-only";
import { outgoingConditions } from "@/lib/server/agreement/outgoing-conditions";
import { destinationAdmits } from "@/lib/domain/agreement";
import type { z } from "zod";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError, type FieldErrors } from "@/lib/server/errors";
import { fieldErrorsOf } from "@/lib/server/action";
import { isEditableByStudent } from "@/lib/domain/application/status";
import { dossierSnapshot } from "./dossier-snapshot";
import { parseIsoDate } from "@/lib/domain/calendar";
import {
  APPLICATION_STEPS,
  STEP_ORDER,
  type ApplicationStepKey,
  type TDestinationsStep,
  type TLanguagesStep,
  type TSaveDraft,
  type ZNationalityStep,
} from "@/lib/validation/application";

type SavedDraft = { version: number; currentStep: number; fieldErrors?: FieldErrors };

type Tx = Prisma.TransactionClient;

export async function writeStep(tx: Tx, applicationId: string, roundId: string, step: ApplicationStepKey, values: unknown): Promise<FieldErrors | null> {
  const parsed = APPLICATION_STEPS[step].safeParse(values);
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const data = parsed.data;
  switch (step) {
    case "personal": {
      const { firstName, lastName, birthDate, phone } = data as typeof data & { firstName: string; lastName: string; birthDate: string; phone: string };
      await tx.outgoingApplication.update({
        where: { id: applicationId },
        data: { firstName, lastName, birthDate: parseIsoDate(birthDate), phone: phone || null },
      });
      return null;
    }
    case "nationality": {
      const { nationality, residenceStatus } = data as z.output<typeof ZNationalityStep>;
      await tx.outgoingApplication.update({ where: { id: applicationId }, data: { nationality: nationality ?? null, residenceStatus } });
      return null;
    }
    case "studies": {
      const studies = data as {
        programmeId: string;
        yearOfStudy: number;
        creditsCompleted: number;
        scholarshipHolder: boolean;
        otherEuGrant: boolean;
        fullRecognition: "yes" | "no" | "unsure";
      };
      if (!(await tx.programme.findFirst({ where: { id: studies.programmeId, archivedAt: null, department: { archivedAt: null } }, select: { id: true } }))) {
        return { programmeId: V.invalid };
      }
      await tx.outgoingApplication.update({ where: { id: applicationId }, data: studies });
      return null;
    }
    case "destinations": {
      const { choices } = data as TDestinationsStep;
      const open = await tx.roundDestination.findMany({
        where: { roundId, partnerInstitutionId: { in: choices.map((c) => c.partnerInstitutionId) } },
        select: { partnerInstitutionId: true },
      });
      const openIds = new Set(open.map((d) => d.partnerInstitutionId));
      const closed = choices.findIndex((c) => !openIds.has(c.partnerInstitutionId));
      if (closed >= 0) return { [`choices.${closed}.partnerInstitutionId`]: V.destinationNotOpen };
      // Only where an agreement valid that year admits the student's programme (or no agreement is recorded).
      const application = await tx.outgoingApplication.findUniqueOrThrow({
        where: { id: applicationId },
        select: { round: { select: { academicYear: true } }, programme: { select: { eqfLevel: true, iscedCode: true } } },
      });
      if (application.programme) {
        const conditions = await outgoingConditions(application.round.academicYear, [...openIds], tx);
        const refused = choices.findIndex((c) => !destinationAdmits(conditions.get(c.partnerInstitutionId) ?? [], application.programme!));
        if (refused >= 0) return { [`choices.${refused}.partnerInstitutionId`]: V.destinationNotForProgramme };
      }
      await tx.destinationChoice.deleteMany({ where: { applicationId } });
      await tx.destinationChoice.createMany({
        data: choices.map((choice, index) => ({
          applicationId,
          rank: index + 1,
          partnerInstitutionId: choice.partnerInstitutionId,
          semesters: choice.semesters,
          startDate: parseIsoDate(choice.startDate)!,
          endDate: parseIsoDate(choice.endDate)!,
        })),
      });
      return null;
    }
    case "languages": {
      const { languages } = data as TLanguagesStep;
      await tx.languageSkill.deleteMany({ where: { applicationId } });
      await tx.languageSkill.createMany({ data: languages.map((l) => ({ applicationId, language: l.language, level: l.level })) });
      return null;
    }
    case "motivation": {
      const { motivation } = data as { motivation: string };
      await tx.outgoingApplication.update({ where: { id: applicationId }, data: { motivation } });
      return null;
    }
  }
}

/**
 * Saves what the student typed in one step, valid or not, so that nothing is
 * lost; when the student moves on (`advance`), the step must also be valid
 * and its answers are written to the application's columns.
 */
export async function saveApplicationDraft(user: CurrentUser, input: TSaveDraft): Promise<SavedDraft> {
  return db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({
      where: { id: input.applicationId, studentId: user.id },
      select: { id: true, roundId: true, status: true, version: true, form: true, currentStep: true },
    });
    if (!application) throw new AppError("not_found");
    if (!isEditableByStudent(application.status)) throw new AppError("refused", "not_editable");
    if (application.version !== input.version) throw new AppError("conflict");

    const form = { ...(application.form as Record<string, unknown>), [input.step]: input.values };
    let currentStep = application.currentStep;
    let fieldErrors: FieldErrors | undefined;
    if (input.advance) {
      fieldErrors = (await writeStep(tx, application.id, application.roundId, input.step, input.values)) ?? undefined;
      if (!fieldErrors) {
        currentStep = Math.max(currentStep, STEP_ORDER.indexOf(input.step) + 1);
        await dossierSnapshot(tx, application.id);
      }
    }
    const updated = await tx.outgoingApplication.updateMany({
      where: { id: application.id, version: input.version },
      data: { form: form as Prisma.InputJsonValue, currentStep, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    return { version: input.version + 1, currentStep, fieldErrors };
  });
}
