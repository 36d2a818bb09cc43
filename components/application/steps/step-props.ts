export type StepProps = { onAdvance: () => void; onBack?: () => void };
