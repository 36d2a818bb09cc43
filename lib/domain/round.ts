/** A round takes applications from its opening date until its deadline, which is not included. */
export function isRoundOpen(round: { opensAt: Date; deadline: Date }, now: Date): boolean {
  return round.opensAt <= now && round.deadline > now;
}
