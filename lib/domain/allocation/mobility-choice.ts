/**
 * The destination choice an application's mobility is to: the one it holds
 * a place at once places are allocated, else its first choice. `choices`
 * come in the student's order; `held` are its offered or accepted places.
 */
export function mobilityChoice<C extends { partnerInstitutionId: string }>(
  choices: readonly C[],
  held: ReadonlyArray<{ partnerInstitutionId: string }>,
): C | undefined {
  const place = held[0]?.partnerInstitutionId;
  return (place ? choices.find((c) => c.partnerInstitutionId === place) : undefined) ?? choices[0];
}
