import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { AuditAction } from "@/lib/domain/audit-actions";

type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
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
