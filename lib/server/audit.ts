import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
};

/** Appends to the audit log inside the caller's transaction; the log is never updated. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
