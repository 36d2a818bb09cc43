import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { isAuditAction, type AuditAction } from "@/lib/domain/audit-actions";
import { readableApplications } from "./access";

export type TimelineEntry = {
  id: string;
  action: AuditAction;
  actor: string | null;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  createdAt: Date;
};

/** The application's audit trail, oldest first, for anyone who may read the application. */
export async function getTimeline(user: CurrentUser, applicationId: string): Promise<TimelineEntry[]> {
  const visible = await db.outgoingApplication.findFirst({ where: { AND: [{ id: applicationId }, readableApplications(user)] }, select: { id: true } });
  if (!visible) return [];
  const events = await db.auditEvent.findMany({
    where: { entityType: "OutgoingApplication", entityId: applicationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, fromState: true, toState: true, reason: true, createdAt: true, actor: { select: { name: true } } },
  });
  // An event the portal no longer records stays in the log but is not shown.
  return events.flatMap((e) => (isAuditAction(e.action) ? [{ ...e, action: e.action, actor: e.actor?.name ?? null }] : []));
}
