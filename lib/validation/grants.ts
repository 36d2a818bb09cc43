import { V } from "./messages";
import { isoDate, line, prose, recordId } from "./text";
import { z } from "zod";
import { CRITERIA } from "@/lib/domain/grant/ranking";
import { isIsoDate } from "@/lib/domain/calendar";

const money = z.coerce.number({ error: V.number }).min(0, V.outOfRange).max(10_000_000, V.outOfRange);
const weight = z.coerce.number({ error: V.number }).min(0, V.outOfRange).max(100, V.outOfRange);
const group = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const ZRateTable = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("seed"),
    monthlyRate: z.coerce.number().min(50, V.seedMinimum).max(5000, V.outOfRange),
    nordicCountries: z.array(line().length(2)),
    nordicMultiplier: z.coerce.number().min(1).max(5),
  }),
  z.object({
    kind: z.literal("programme"),
    groupRates: z.object({ 1: money, 2: money, 3: money }),
    countryGroups: z.record(line().length(2), group),
    fewerOpportunitiesTopUp: money,
    traineeshipTopUp: money,
    greenTravelLumpSum: money,
    greenTravelDailyRate: money,
    greenTravelMaxExtraDays: z.coerce.number().int().min(0).max(10),
  }),
]);

export const ZGrantSettings = z.object({
  roundId: recordId(),
  budget: money,
  weights: z.object({ social: weight, linguistic: weight, academic: weight }),
  tieBreaks: z
    .array(z.enum(CRITERIA))
    .max(3)
    .refine((list) => new Set(list).size === list.length, V.invalid),
  preset: z.enum(["seed", "programme"]),
  monthlyRate: z.coerce.number({ error: V.number }).min(50, V.seedMinimum).max(5000, V.outOfRange),
  publicationDate: line()
    .regex(/^\d{4}-\d{2}-\d{2}$/, V.date)
    .or(z.literal("")),
  // The final grant on the actual dates (lib/domain/grant/final-grant.ts).
  toleranceDays: z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(60, V.outOfRange),
  minimumStayMonths: z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(12, V.outOfRange),
  prefinancingPercent: z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(100, V.outOfRange),
});
export type TGrantSettings = z.output<typeof ZGrantSettings>;

export const ZGradeImport = z.object({ roundId: recordId(), csv: prose().max(200_000, V.tooLong) });

export const ZCandidateCriteria = z.object({
  applicationId: recordId(),
  // Typed as the French write it ("12,5") or left empty for "not known yet".
  gradeAverage: z.preprocess(
    (value) => (typeof value !== "string" ? value : value.trim() === "" ? null : Number(value.trim().replace(",", "."))),
    z.number({ error: V.number }).min(0, V.outOfRange).max(20, V.outOfRange).nullable(),
  ),
  linguisticOverride: z.enum(["auto", "yes", "no"]),
  fewerOpportunities: z.boolean(),
});

export const ZPublishGrants = z.object({ roundId: recordId() });

export const ZWithdrawal = z.object({
  applicationId: recordId(),
  reason: prose().trim().min(1, V.required).max(2000, V.tooLong),
  returnDate: line()
    .regex(/^\d{4}-\d{2}-\d{2}$/, V.date)
    .or(z.literal("")),
  forceMajeure: z.boolean(),
});

export const ZGrantSimulation = z.object({
  destination: line().min(1, V.required),
  startDate: line().regex(/^\d{4}-\d{2}-\d{2}$/, V.date),
  endDate: line().regex(/^\d{4}-\d{2}-\d{2}$/, V.date),
  fewerOpportunities: z.boolean(),
  traineeship: z.boolean(),
  greenTravel: z.boolean(),
  extraTravelDays: z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(10, V.outOfRange),
  ownAgencyNational: z.boolean(),
  otherEuGrant: z.boolean(),
});

export const ZForceMajeureAcceptance = z.object({ applicationId: recordId() });

/** The top-ups a rate table may know, as the calculation API takes them. */
const ZTopUps = z
  .object({
    fewerOpportunities: z.boolean({ error: V.invalid }).optional(),
    traineeship: z.boolean({ error: V.invalid }).optional(),
    greenTravel: z.boolean({ error: V.invalid }).optional(),
    extraTravelDays: z.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(10, V.outOfRange).optional(),
  })
  .strict();

/** `POST /api/v1/grants/calculate`: see README "Grant calculation API". */
export const ZGrantCalculation = z
  .object({
    rateTable: z.union([z.enum(["seed", "programme"]), ZRateTable], { error: V.rateTable }),
    country: line()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, V.unknownCountry),
    startDate: isoDate(),
    endDate: isoDate(),
    topUps: ZTopUps.default({}),
  })
  .superRefine((request, ctx) => {
    if (isIsoDate(request.startDate) && isIsoDate(request.endDate) && request.endDate < request.startDate)
      ctx.addIssue({ code: "custom", message: V.endBeforeStart, path: ["endDate"] });
    const kind = typeof request.rateTable === "string" ? request.rateTable : request.rateTable.kind;
    // The seed's table knows no top-up: asking for one is a mistake, not a zero.
    if (kind === "seed") {
      for (const [name, value] of Object.entries(request.topUps)) {
        if (value) ctx.addIssue({ code: "custom", message: V.unknownTopUp, path: ["topUps", name] });
      }
    }
  });
export type TGrantCalculation = z.output<typeof ZGrantCalculation>;
