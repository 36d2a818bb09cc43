import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { readableApplicationsSql } from "@/lib/server/application/access";
import type { TApplicationFilters } from "@/lib/validation/application-filters";

/**
 * The dashboard's list as hand-written SQL. The list is the office's busiest
 * page, and the query Prisma builds for it joins every student twice before
 * filtering; here the search runs on its own indexes (trigram on e-mail and
 * names, prefix on student number) and only the page's rows are joined.
 */

/** `%` and `_` typed by the coordinator are searched for, not wildcards. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** The filters as one SQL condition on the application aliased `a`, inside what the user may read. */
function applicationListConditions(user: CurrentUser, filters: TApplicationFilters, options: { ignoreStatus?: boolean } = {}): Prisma.Sql {
  const conditions: Prisma.Sql[] = [readableApplicationsSql(user)];
  if (filters.round) conditions.push(Prisma.sql`a."roundId" = ${filters.round}`);
  if (filters.status && !options.ignoreStatus) conditions.push(Prisma.sql`a.status = CAST(${filters.status} AS "ApplicationStatus")`);
  if (filters.programme) conditions.push(Prisma.sql`a."programmeId" = ${filters.programme}`);
  if (filters.destination) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "DestinationChoice" d WHERE d."applicationId" = a.id AND d.rank = 1 AND d."partnerInstitutionId" = ${filters.destination})`,
    );
  }
  if (filters.pieces) conditions.push(Prisma.sql`a."applicationPiecesState" = CAST(${filters.pieces} AS "PiecesState")`);
  if (filters.scholarship) conditions.push(Prisma.sql`a."scholarshipHolder" = ${filters.scholarship === "yes"}`);
  if (filters.q) {
    const contains = `%${likeLiteral(filters.q)}%`;
    const prefix = `${likeLiteral(filters.q)}%`;
    conditions.push(Prisma.sql`(a."firstName" ILIKE ${contains} OR a."lastName" ILIKE ${contains}
      OR a."studentId" IN (SELECT s.id FROM "User" s WHERE s.email ILIKE ${contains} OR s."studentNumber" LIKE ${prefix}))`);
  }
  return Prisma.join(conditions, " AND ");
}

type SortColumn = "id" | "lastName" | "firstName" | "status" | "programmeName" | "updatedAt" | "submittedAt";

/** The sort, with the id last so that pages never overlap; `column` names a sort column in the query at hand. */
function orderBy(filters: TApplicationFilters, column: (name: SortColumn) => Prisma.Sql): Prisma.Sql {
  const dir = Prisma.raw(filters.dir === "asc" ? "ASC" : "DESC");
  const tieBreak = Prisma.sql`${column("id")} ${dir}`;
  switch (filters.sort) {
    case "name":
      return Prisma.sql`${column("lastName")} ${dir} NULLS LAST, ${column("firstName")} ${dir} NULLS LAST, ${tieBreak}`;
    case "status":
      return Prisma.sql`${column("status")} ${dir}, ${tieBreak}`;
    case "programme":
      return Prisma.sql`${column("programmeName")} ${dir}, ${tieBreak}`;
    case "updatedAt":
      return Prisma.sql`${column("updatedAt")} ${dir}, ${tieBreak}`;
    default:
      return Prisma.sql`${column("submittedAt")} ${dir} NULLS LAST, ${tieBreak}`;
  }
}

const inApplication = (name: SortColumn) => Prisma.raw(name === "programmeName" ? "p.name" : `a."${name}"`);
const inPage = (name: SortColumn) => Prisma.raw(`page."${name}"`);

/**
 * One page of the list (or the whole list, for the export): the page is
 * chosen first, then only its rows are joined. Its columns are those of
 * `ApplicationListRow`.
 */
export function applicationPageSql(user: CurrentUser, filters: TApplicationFilters, page: { limit: number; offset: number }): Prisma.Sql {
  return Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT a.id, a.version, a.status, a."firstName", a."lastName", a."scholarshipHolder", a."applicationPiecesState",
             a."submittedAt", a."updatedAt", a."studentId", a."programmeId", a."roundId", p.name AS "programmeName"
      FROM "OutgoingApplication" a
      LEFT JOIN "Programme" p ON p.id = a."programmeId"
      WHERE ${applicationListConditions(user, filters)}
      ORDER BY ${orderBy(filters, inApplication)}
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT page.id, page.version, page.status::text AS status, page."firstName", page."lastName",
           s.email, s."studentNumber", page."programmeName" AS programme, partner.name AS destination,
           page."scholarshipHolder", page."applicationPiecesState"::text AS "piecesState", page."submittedAt", r.name AS "roundName"
    FROM page
    JOIN "User" s ON s.id = page."studentId"
    JOIN "ApplicationRound" r ON r.id = page."roundId"
    LEFT JOIN "DestinationChoice" choice ON choice."applicationId" = page.id AND choice.rank = 1
    LEFT JOIN "PartnerInstitution" partner ON partner.id = choice."partnerInstitutionId"
    ORDER BY ${orderBy(filters, inPage)}`;
}

/** How many applications match the filters, per status, ignoring the status filter itself. */
export function statusCountsSql(user: CurrentUser, filters: TApplicationFilters): Prisma.Sql {
  return Prisma.sql`
    SELECT a.status::text AS status, count(*)::int AS count
    FROM "OutgoingApplication" a
    WHERE ${applicationListConditions(user, filters, { ignoreStatus: true })}
    GROUP BY a.status`;
}
