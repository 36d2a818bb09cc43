/*
 * After the grants are published, a grant holder who withdraws (or declines
 * their place) frees their grant. The freed budget goes down the published
 * ranking by the rule the publication used: in rank order, each candidate
 * still in the mobility and eligible for a grant is awarded theirs while it
 * fits, and the first one whose grant no longer fits ends the awards. The
 * commission publishes the result as a dated amendment.
 */

export type PublishedCandidate = {
  id: string;
  rank: number;
  awarded: boolean;
  /** Still in the mobility: not withdrawn. */
  active: boolean;
  grantEligible: boolean;
  /** The grant awarded, or the one the rate table gives them now when not awarded. */
  amount: number;
};

const cents = (value: number) => Math.round(value * 100) / 100;

export function amendAwards(candidates: PublishedCandidate[], budget: number): { freed: number; awarded: string[]; remaining: number } {
  const holders = candidates.filter((c) => c.awarded);
  const committed = cents(holders.filter((c) => c.active).reduce((sum, c) => sum + c.amount, 0));
  const freed = cents(holders.filter((c) => !c.active).reduce((sum, c) => sum + c.amount, 0));
  let remaining = cents(budget - committed);
  const awarded: string[] = [];
  for (const candidate of [...candidates].sort((a, b) => a.rank - b.rank)) {
    if (candidate.awarded || !candidate.active || !candidate.grantEligible) continue;
    if (candidate.amount > remaining) break;
    awarded.push(candidate.id);
    remaining = cents(remaining - candidate.amount);
  }
  return { freed, awarded, remaining };
}
