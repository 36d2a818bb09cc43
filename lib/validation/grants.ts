import { z } from "zod";
import { CRITERIA } from "@/lib/domain/grants/ranking";

const money = z.coerce.number({ error: "validation.number" }).min(0, "validation.outOfRange").max(10_000_000, "validation.outOfRange");
const weight = z.coerce.number({ error: "validation.number" }).min(0, "validation.outOfRange").max(100, "validation.outOfRange");
const group = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const ZRateTable = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("seed"),
    monthlyRate: z.coerce.number().min(50, "validation.seedMinimum").max(5000, "validation.outOfRange"),
    nordicCountries: z.array(z.string().length(2)),
    nordicMultiplier: z.coerce.number().min(1).max(5),
  }),
  z.object({
    kind: z.literal("programme"),
    groupRates: z.object({ 1: money, 2: money, 3: money }),
    countryGroups: z.record(z.string().length(2), group),
    fewerOpportunitiesTopUp: money,
    traineeshipTopUp: money,
    greenTravelLumpSum: money,
    greenTravelDailyRate: money,
    greenTravelMaxExtraDays: z.coerce.number().int().min(0).max(10),
  }),
]);

export const ZGrantSettings = z.object({
  roundId: z.string().min(1).max(40),
  budget: money,
  weights: z.object({ social: weight, linguistic: weight, academic: weight }),
  tieBreaks: z.array(z.enum(CRITERIA)).max(3).refine((list) => new Set(list).size === list.length, "validation.invalid"),
  preset: z.enum(["seed", "programme"]),
  monthlyRate: z.coerce.number({ error: "validation.number" }).min(50, "validation.seedMinimum").max(5000, "validation.outOfRange"),
  publicationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date").or(z.literal("")),
});
export type TGrantSettings = z.input<typeof ZGrantSettings>;

export const ZGradeImport = z.object({ roundId: z.string().min(1).max(40), csv: z.string().max(200_000, "validation.tooLong") });

export const ZCandidateCriteria = z.object({
  applicationId: z.string().min(1).max(40),
  gradeAverage: z.union([z.coerce.number().min(0, "validation.outOfRange").max(20, "validation.outOfRange"), z.literal("")]),
  linguisticOverride: z.enum(["auto", "yes", "no"]),
  fewerOpportunities: z.boolean(),
});

export const ZPublishGrants = z.object({ roundId: z.string().min(1).max(40) });

export const ZWithdrawal = z.object({
  applicationId: z.string().min(1).max(40),
  reason: z.string().trim().min(1, "validation.required").max(2000, "validation.tooLong"),
  returnDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date").or(z.literal("")),
  forceMajeure: z.boolean(),
});
export type TWithdrawal = z.input<typeof ZWithdrawal>;

export const ZGrantSimulation = z.object({
  destination: z.string().min(1, "validation.required"),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
  endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
  fewerOpportunities: z.boolean(),
  traineeship: z.boolean(),
  greenTravel: z.boolean(),
  extraTravelDays: z.coerce.number().int().min(0).max(10),
  ownAgencyNational: z.boolean(),
  otherEuGrant: z.boolean(),
});
