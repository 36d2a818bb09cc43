/** Whether a session signed in at `signedInAt` has passed its absolute end; one without a sign-in time (an older token) has. */
export function sessionOutlived(signedInAt: number | undefined, now: number, maxHours: number): boolean {
  return typeof signedInAt !== "number" || now - signedInAt >= maxHours * 3_600_000;
}
