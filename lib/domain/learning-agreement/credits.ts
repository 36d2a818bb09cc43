import type { Component, ComponentTable, LearningAgreementContent, Term } from "./content";

/** 30 ECTS credits are a semester's workload, 60 a year's (seed, "60 crédits = volume de travail d'une année"). */
const CREDITS_PER_SEMESTER = 30;

type CreditWarning =
  | { code: "host_under_semester"; term: "AUTUMN" | "SPRING"; credits: number; expected: number }
  | { code: "host_under_year"; credits: number; expected: number }
  | { code: "recognized_mismatch"; studied: number; recognized: number }
  | { code: "no_components" };

type CreditSummary = {
  totals: Record<ComponentTable, number>;
  perTerm: Record<ComponentTable, Record<Term, number>>;
  warnings: CreditWarning[];
};

function sum(components: Component[]): number {
  return Math.round(components.reduce((total, c) => total + (Number.isFinite(c.credits) ? c.credits : 0), 0) * 10) / 10;
}

function byTerm(components: Component[]): Record<Term, number> {
  return {
    AUTUMN: sum(components.filter((c) => c.term === "AUTUMN")),
    SPRING: sum(components.filter((c) => c.term === "SPRING")),
    YEAR: sum(components.filter((c) => c.term === "YEAR")),
  };
}

/**
 * Credit totals per table and per term, with the warnings shown while
 * editing: under 30 ECTS at the host for a semester (60 for a year-long
 * stay, whose year-long courses count towards it), or recognised credits
 * that do not match those studied (virtual components count as studied).
 */
export function summariseCredits(content: Pick<LearningAgreementContent, "components">, stay: "AUTUMN" | "SPRING" | "YEAR"): CreditSummary {
  const { studied, recognized, virtual } = content.components;
  const totals = { studied: sum(studied), recognized: sum(recognized), virtual: sum(virtual) };
  const perTerm = { studied: byTerm(studied), recognized: byTerm(recognized), virtual: byTerm(virtual) };
  const warnings: CreditWarning[] = [];
  if (studied.length === 0 && virtual.length === 0) warnings.push({ code: "no_components" });
  const hostTotal = totals.studied + totals.virtual;
  if (stay === "YEAR") {
    if (hostTotal < 2 * CREDITS_PER_SEMESTER) warnings.push({ code: "host_under_year", credits: hostTotal, expected: 2 * CREDITS_PER_SEMESTER });
  } else {
    const semester = perTerm.studied[stay] + perTerm.virtual[stay] + perTerm.studied.YEAR / 2 + perTerm.virtual.YEAR / 2;
    if (semester < CREDITS_PER_SEMESTER) warnings.push({ code: "host_under_semester", term: stay, credits: semester, expected: CREDITS_PER_SEMESTER });
  }
  if (totals.recognized !== hostTotal) warnings.push({ code: "recognized_mismatch", studied: hostTotal, recognized: totals.recognized });
  return { totals, perTerm, warnings };
}
