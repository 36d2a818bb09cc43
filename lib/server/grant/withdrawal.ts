import "server-only";
import { amountOwed } from "@/lib/domain/grant/reimbursement";
import { daysInclusive } from "@/lib/domain/calendar";

export type WithdrawalView = {
  reason: string;
  returnDate: Date | null;
  forceMajeureReported: boolean;
  evidenceFileId: string | null;
  agencyAcceptedAt: Date | null;
  amountReceived: number;
  amountOwed: number;
  createdAt: Date;
};

/** What a student who withdrew must pay back of what they received (the pre-financing, paid at departure), from the days spent abroad. */
export function owedFor(
  received: number,
  awarded: number,
  choice: { startDate: Date; endDate: Date } | undefined,
  returnDate: Date | null,
  forceMajeureAccepted: boolean,
) {
  const plannedDays = choice ? daysInclusive(choice.startDate, choice.endDate) : 0;
  const daysSpent = choice && returnDate ? Math.max(0, daysInclusive(choice.startDate, returnDate)) : 0;
  return amountOwed({ received, awarded, plannedDays, daysSpent, forceMajeureAccepted }).owed;
}
