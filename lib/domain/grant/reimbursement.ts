/**
 * "L'étudiant s'engage à rembourser l'allocation perçue s'il renonce à son
 * séjour", unless a force majeure reported in writing by the institution is
 * accepted in writing by the national agency.
 *
 * Rule for early returns: without accepted force majeure the whole grant
 * received is owed; with it, the student keeps what the days actually spent
 * abroad earn (the grant pro rata of the days spent over the days planned)
 * and owes only the rest.
 */
type ReimbursementCase = {
  received: number;
  awarded: number;
  plannedDays: number;
  daysSpent: number;
  forceMajeureAccepted: boolean;
};

export function amountOwed(c: ReimbursementCase): { owed: number; kept: number } {
  if (!c.forceMajeureAccepted || c.plannedDays <= 0) return { owed: Math.round(c.received * 100) / 100, kept: 0 };
  const earned = (c.awarded * Math.min(Math.max(c.daysSpent, 0), c.plannedDays)) / c.plannedDays;
  const kept = Math.min(c.received, Math.round(earned * 100) / 100);
  return { owed: Math.round((c.received - kept) * 100) / 100, kept };
}
