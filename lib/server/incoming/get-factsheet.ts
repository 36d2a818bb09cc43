import "server-only";
import { db } from "@/lib/server/db/client";
import { ZFactSheet, type TFactSheet } from "@/lib/validation/factsheet";

type StoredFactSheet = { id: string; version: number; updatedAt: Date; content: TFactSheet };

/** The host school's fact sheet: public information. Null until one is set up. */
export async function getFactSheet(): Promise<StoredFactSheet | null> {
  const row = await db.factSheet.findFirst({ orderBy: { updatedAt: "desc" }, select: { id: true, version: true, updatedAt: true, content: true } });
  if (!row) return null;
  return { id: row.id, version: row.version, updatedAt: row.updatedAt, content: ZFactSheet.parse(row.content) };
}
