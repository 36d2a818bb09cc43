/**
 * How long a sign-in to an account waits after `failures` recent wrong
 * passwords for it, from any client: nothing for the first five, then
 * doubling from 100 ms up to 3 s. A guesser is slowed; the owner, who knows
 * the password, still gets in, whoever else is trying.
 */
export function signInDelayMs(failures: number): number {
  if (failures < 5) return 0;
  return Math.min(3_000, 100 * 2 ** (failures - 5));
}
