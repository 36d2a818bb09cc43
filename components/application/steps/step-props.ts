export type StepProps = { onAdvance: () => void; onBack?: () => void };

/** Errors hold catalogue keys; a missing one means no error. */
export function messageOf(t: (key: string) => string, error?: { message?: string }): string | undefined {
  return error?.message ? t(error.message) : undefined;
}
