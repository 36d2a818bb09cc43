import { V } from "./messages";
import { line, prose, recordId } from "./text";
import { z } from "zod";
import { APPLICATION_STATUSES } from "@/lib/domain/application/status";

const SORT_FIELDS = ["submittedAt", "name", "status", "programme", "updatedAt"] as const;
export const PAGE_SIZE = 25;

const optionalId = line().max(40).optional().catch(undefined);

/**
 * The dashboard's filters, read from the URL so that a view can be
 * bookmarked and shared; anything malformed falls back to its default.
 */
export const ZApplicationFilters = z.object({
  round: optionalId,
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  programme: optionalId,
  destination: optionalId,
  pieces: z.enum(["INCOMPLETE", "COMPLETE", "ACCEPTED"]).optional().catch(undefined),
  scholarship: z.enum(["yes", "no"]).optional().catch(undefined),
  q: line().trim().max(100).optional().catch(undefined),
  sort: z.enum(SORT_FIELDS).default("submittedAt").catch("submittedAt"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TApplicationFilters = z.output<typeof ZApplicationFilters>;

export function filtersFromSearchParams(params: Record<string, string | string[] | undefined> | URLSearchParams): TApplicationFilters {
  const entries =
    params instanceof URLSearchParams
      ? Object.fromEntries(params.entries())
      : Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const cleaned = Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ""));
  return ZApplicationFilters.parse(cleaned);
}

/** The URL query for a set of filters, without the defaults. */
export function filtersToQuery(filters: Partial<TApplicationFilters>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "") continue;
    if ((key === "sort" && value === "submittedAt") || (key === "dir" && value === "desc") || (key === "page" && value === 1)) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

export const ZBulkTransition = z.object({
  applications: z
    .array(z.object({ id: recordId(), version: z.number().int().positive() }))
    .min(1, V.selectOne)
    .max(200),
  to: z.enum(APPLICATION_STATUSES),
  reason: prose().trim().max(2000, V.tooLong).optional().default(""),
});
