import "server-only";
import { displayName } from "@/lib/domain/people";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import type { Prisma } from "@/lib/server/db/generated/client";

/* What the international office's operations on incoming applications share; each operation lives in its own file. */

export const INCOMING_PAGE_SIZE = 25;

export function requireOffice(user: CurrentUser): void {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
}

export type IncomingFilters = { status?: "SUBMITTED" | "ACCEPTED" | "DECLINED"; q?: string; page: number };

export type IncomingRow = {
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

export const ROW_SELECT = {
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

export function toRow({ firstName, lastName, ...rest }: Prisma.IncomingApplicationGetPayload<{ select: typeof ROW_SELECT }>): IncomingRow {
  return { ...rest, name: displayName({ firstName, lastName }, "") };
}
