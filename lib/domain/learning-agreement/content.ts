/**
 * A learning agreement's content, mapped onto the EWP omobility-las model:
 * table A `components-studied`, table B `components-recognized`, and
 * `virtual-components`, each component with a `los-code`, a title, a term
 * and ECTS credits.
 */
export const COMPONENT_TABLES = ["studied", "recognized", "virtual"] as const;
export type ComponentTable = (typeof COMPONENT_TABLES)[number];

export const TERMS = ["AUTUMN", "SPRING", "YEAR"] as const;
export type Term = (typeof TERMS)[number];

export type Component = {
  /** Stable within the agreement, so that a change can name what it deletes. */
  id: string;
  losCode: string;
  title: string;
  term: Term;
  credits: number;
  /** Table B only: conditions of recognition. */
  recognitionConditions?: string;
};

export type LearningAgreementContent = {
  mobility: {
    academicYear: string;
    receivingDepartment: string;
    plannedStartMonth: string;
    plannedEndMonth: string;
    sendingContact: { name: string; email: string };
    receivingContact: { name: string; email: string };
  };
  language: { code: string; level: string };
  components: Record<ComponentTable, Component[]>;
  recognitionCommitment: string;
};

export const DELETION_REASONS = ["not-available", "language-mismatch", "timetable-conflict"] as const;
export const INSERTION_REASONS = ["substituting-deleted", "extending-mobility", "adding-virtual-component"] as const;
export type DeletionReason = (typeof DELETION_REASONS)[number];
export type InsertionReason = (typeof INSERTION_REASONS)[number];

/** One line of a change proposal, as EWP marks it: a component inserted or deleted, with a reason. */
export type ComponentChange =
  | { op: "deleted"; table: ComponentTable; componentId: string; reasonCode: DeletionReason; reasonText: string }
  | { op: "inserted"; table: ComponentTable; component: Component; reasonCode: InsertionReason; reasonText: string };

/** The content after a change proposal: deletions removed, insertions appended. */
export function applyChanges(content: LearningAgreementContent, changes: ComponentChange[]): LearningAgreementContent {
  const components = Object.fromEntries(COMPONENT_TABLES.map((table) => [table, [...content.components[table]]])) as Record<ComponentTable, Component[]>;
  for (const change of changes) {
    if (change.op === "deleted") components[change.table] = components[change.table].filter((c) => c.id !== change.componentId);
    else components[change.table].push(change.component);
  }
  return { ...content, components };
}

/**
 * A stable text of the content — object keys sorted, no spaces — so that the
 * same content always gives the same hash, whatever order it was built in.
 */
export function canonicalContent(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalContent).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalContent(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

type ComponentDiff = { table: ComponentTable; component: Component; change: "added" | "removed" | "unchanged" };

/** How one version's tables differ from the previous one's, for the history shown side by side. */
export function diffComponents(previous: LearningAgreementContent | null, next: LearningAgreementContent): ComponentDiff[] {
  const diffs: ComponentDiff[] = [];
  for (const table of COMPONENT_TABLES) {
    const before = new Map((previous?.components[table] ?? []).map((c) => [c.id, c]));
    const after = new Map(next.components[table].map((c) => [c.id, c]));
    for (const component of next.components[table]) diffs.push({ table, component, change: previous && !before.has(component.id) ? "added" : "unchanged" });
    for (const component of before.values()) if (!after.has(component.id)) diffs.push({ table, component, change: "removed" });
  }
  return diffs;
}
