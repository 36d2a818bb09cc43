import { V } from "./messages";
import { line, recordId } from "./text";
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/calendar";
import { calendarProblems, isAcademicYear } from "@/lib/domain/round";
import { text } from "./institution";
import { ZEqfLevels, ZIscedCode } from "./agreement";

const day = line().refine(isIsoDate, V.date);
const optionalDay = z.union([z.literal(""), day]);

/**
 * A round as the international office creates or edits it: its name, year,
 * semesters, its days (the first, the last day to apply, when the later
 * phases' pieces are due) and the learning agreement's change window.
 */
export const ZRound = z
  .object({
    id: recordId().optional(),
    version: z.number().int().positive().optional(),
    name: text(120),
    academicYear: line().refine(isAcademicYear, V.academicYear),
    semesters: z.array(z.enum(["AUTUMN", "SPRING"])).min(1, V.semesters),
    opensOn: day,
    lastDay: day,
    afterSelectionDue: optionalDay,
    beforeDepartureDue: optionalDay,
    learningAgreementChangeDays: z.coerce.number({ error: V.number }).int(V.number).min(1, V.outOfRange).max(120, V.outOfRange),
  })
  .superRefine((round, ctx) => {
    for (const field of calendarProblems(round)) ctx.addIssue({ code: "custom", message: V.dateOrder, path: [field] });
  });
export type TRoundInput = z.input<typeof ZRound>;

const places = z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(500, V.outOfRange);

/** The partners open in a round with their places; the whole list is saved at once, with the version of the list read. */
export const ZRoundDestinations = z.object({
  roundId: recordId(),
  version: z.number().int().positive(),
  destinations: z
    .array(
      z.object({
        partnerInstitutionId: recordId(),
        places,
        // The agreement's split of the places by subject area and level, adding up to the places; none when it does not split them.
        quotas: z
          .array(z.object({ iscedCode: ZIscedCode, eqfLevels: ZEqfLevels, places }))
          .max(50, V.tooLong)
          .default([]),
      }),
    )
    .max(500, V.tooLong)
    .superRefine((destinations, ctx) => {
      const seen = new Set<string>();
      destinations.forEach((d, index) => {
        if (seen.has(d.partnerInstitutionId)) ctx.addIssue({ code: "custom", message: V.duplicateDestination, path: [index, "partnerInstitutionId"] });
        seen.add(d.partnerInstitutionId);
        if (d.quotas.length > 0 && d.quotas.reduce((sum, q) => sum + q.places, 0) !== d.places) {
          ctx.addIssue({ code: "custom", message: V.quotasAddUp, path: [index, "places"] });
        }
      });
    }),
});
export type TRoundDestinationsInput = z.input<typeof ZRoundDestinations>;

export const ZRoundReference = z.object({ roundId: recordId() });
