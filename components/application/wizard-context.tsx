"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { saveDraftAction } from "@/app/actions/applications";
import type { ApplicationStepKey } from "@/lib/validation/application";
import type { ApplicationFormOptions } from "@/lib/server/application/get-form-options";
import type { CountryOption } from "@/components/eligibility/country-options";

type SaveState = "idle" | "saving" | "saved" | "failed";
type Problem = "session" | "conflict" | null;
type SaveOutcome = { ok: boolean; fieldErrors?: Record<string, string> };

type WizardValue = {
  applicationId: string;
  options: ApplicationFormOptions;
  nationalities: string[];
  countries: CountryOption[];
  values: (step: ApplicationStepKey) => Record<string, unknown>;
  allValues: () => Record<string, Record<string, unknown>>;
  version: () => number;
  setVersion: (version: number) => void;
  save: (step: ApplicationStepKey, values: Record<string, unknown>, advance: boolean) => Promise<SaveOutcome>;
  scheduleDraft: (step: ApplicationStepKey, values: Record<string, unknown>) => void;
  /** Resolves once every save under way has finished. */
  settled: () => Promise<unknown>;
  saveState: SaveState;
  problem: Problem;
  restoredSteps: ApplicationStepKey[];
};

const WizardContext = createContext<WizardValue | null>(null);

type LocalDraft = { baseVersion: number; values: Record<string, unknown> };
const storageKey = (applicationId: string, step: string) => `erasmus-draft:${applicationId}:${step}`;

function readLocalDrafts(applicationId: string, version: number): Partial<Record<ApplicationStepKey, Record<string, unknown>>> {
  const restored: Partial<Record<ApplicationStepKey, Record<string, unknown>>> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(`erasmus-draft:${applicationId}:`)) continue;
    try {
      const draft = JSON.parse(localStorage.getItem(key) ?? "") as LocalDraft;
      // Only a copy made from the version the server still has is newer than it.
      if (draft.baseVersion === version) restored[key.split(":")[2] as ApplicationStepKey] = draft.values;
    } catch {
      // An unreadable copy is simply ignored.
    }
  }
  return restored;
}

/**
 * After a save: the device's copy goes if it holds what was saved; if the
 * student typed more meanwhile, it stays, now building on the new version,
 * so that a reload before the next save still restores it.
 */
function settleLocalCopy(key: string, saved: Record<string, unknown>, version: number): void {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? "null") as LocalDraft | null;
    if (!draft || JSON.stringify(draft.values) === JSON.stringify(saved)) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify({ baseVersion: version, values: draft.values } satisfies LocalDraft));
  } catch {
    localStorage.removeItem(key);
  }
}

/**
 * Holds the application form's drafts: every change is copied to this
 * device at once and saved to the server shortly after, one save at a time,
 * each naming the version it builds on. A save refused because the session
 * ended keeps the copy, which is restored after signing in again.
 */
export function WizardProvider({
  applicationId,
  initialVersion,
  initialForm,
  options,
  nationalities,
  countries,
  children,
}: {
  applicationId: string;
  initialVersion: number;
  initialForm: Record<string, unknown>;
  options: ApplicationFormOptions;
  nationalities: string[];
  countries: CountryOption[];
  children: ReactNode;
}) {
  const forms = useRef<Record<string, Record<string, unknown>>>(initialForm as Record<string, Record<string, unknown>>);
  const versionRef = useRef(initialVersion);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [problem, setProblem] = useState<Problem>(null);
  const [restoredSteps, setRestoredSteps] = useState<ApplicationStepKey[]>([]);

  const keepLocally = useCallback(
    (step: ApplicationStepKey, values: Record<string, unknown>) => {
      try {
        localStorage.setItem(storageKey(applicationId, step), JSON.stringify({ baseVersion: versionRef.current, values } satisfies LocalDraft));
      } catch {
        // Private browsing may refuse storage; the server copy still works.
      }
    },
    [applicationId],
  );

  const save = useCallback(
    (step: ApplicationStepKey, values: Record<string, unknown>, advance: boolean): Promise<SaveOutcome> => {
      forms.current = { ...forms.current, [step]: values };
      keepLocally(step, values);
      const run = queue.current.then(async (): Promise<SaveOutcome> => {
        setSaveState("saving");
        try {
          const result = await saveDraftAction({ applicationId, version: versionRef.current, step, values, advance });
          if (result.ok) {
            versionRef.current = result.data.version;
            settleLocalCopy(storageKey(applicationId, step), values, result.data.version);
            // Changes typed since wait for their own save: the student is not told they are saved yet.
            setSaveState(timer.current === undefined ? "saved" : "saving");
            setProblem(null);
            return { ok: true, fieldErrors: result.data.fieldErrors };
          }
          if (result.error === "unauthenticated") setProblem("session");
          else if (result.error === "conflict") setProblem("conflict");
          setSaveState("failed");
          return { ok: false };
        } catch {
          setSaveState("failed");
          return { ok: false };
        }
      });
      queue.current = run;
      return run;
    },
    [applicationId, keepLocally],
  );

  const scheduleDraft = useCallback(
    (step: ApplicationStepKey, values: Record<string, unknown>) => {
      forms.current = { ...forms.current, [step]: values };
      keepLocally(step, values);
      clearTimeout(timer.current);
      setSaveState("saving");
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void save(step, values, false);
      }, 800);
    },
    [keepLocally, save],
  );

  useEffect(() => {
    const restored = readLocalDrafts(applicationId, initialVersion);
    const steps = Object.keys(restored) as ApplicationStepKey[];
    if (steps.length === 0) return;
    for (const step of steps) forms.current = { ...forms.current, [step]: restored[step]! };
    // The device's copy is only readable after mounting: restoring it re-renders the steps once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestoredSteps(steps);
    for (const step of steps) void save(step, restored[step]!, false);
  }, [applicationId, initialVersion, save]);

  const value = useMemo<WizardValue>(
    () => ({
      applicationId,
      options,
      nationalities,
      countries,
      values: (step) => forms.current[step] ?? {},
      allValues: () => forms.current,
      version: () => versionRef.current,
      setVersion: (version) => {
        versionRef.current = version;
      },
      save,
      scheduleDraft,
      settled: () => queue.current,
      saveState,
      problem,
      restoredSteps,
    }),
    [applicationId, options, nationalities, countries, save, scheduleDraft, saveState, problem, restoredSteps],
  );
  return <WizardContext.Provider value={value}>{children}</WizardContext.Provider>;
}

export function useWizard(): WizardValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard must be used inside a WizardProvider");
  return value;
}
