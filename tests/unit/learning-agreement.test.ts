import { describe, expect, it } from "vitest";
import { applyChanges, canonicalContent, diffComponents, type Component } from "@/lib/domain/learning-agreement/content";
import { agreementContent } from "../support/learning-agreement-content";
import { summariseCredits } from "@/lib/domain/learning-agreement/credits";
import { changeWindowOpen, checkSignature, isAgreed, validSignatures } from "@/lib/domain/learning-agreement/signatures";
import { checkAnswerable, versionMove, VERSION_STATES } from "@/lib/domain/learning-agreement/versions";

const course = (id: string, credits: number, term: Component["term"] = "AUTUMN"): Component => ({
  id,
  losCode: id.toUpperCase(),
  title: `Course ${id}`,
  term,
  credits,
});

const content = (studied: Component[], recognized: Component[], virtual: Component[] = []) => agreementContent(undefined, { studied, recognized, virtual });

describe("credit checks", () => {
  it("totals each table and each term", () => {
    const summary = summariseCredits(content([course("a", 10), course("b", 7.5, "SPRING")], [course("r", 17.5)]), "YEAR");
    expect(summary.totals).toEqual({ studied: 17.5, recognized: 17.5, virtual: 0 });
    expect(summary.perTerm.studied).toEqual({ AUTUMN: 10, SPRING: 7.5, YEAR: 0 });
  });

  it("warns when the host semester has fewer than 30 credits, and not at exactly 30", () => {
    expect(summariseCredits(content([course("a", 29)], [course("r", 29)]), "AUTUMN").warnings).toEqual([
      { code: "host_under_semester", term: "AUTUMN", credits: 29, expected: 30 },
    ]);
    expect(summariseCredits(content([course("a", 30)], [course("r", 30)]), "AUTUMN").warnings).toEqual([]);
  });

  it("expects 60 credits for a year-long stay", () => {
    const year = content([course("a", 30, "AUTUMN"), course("b", 25, "SPRING")], [course("r", 55, "YEAR")]);
    expect(summariseCredits(year, "YEAR").warnings).toEqual([{ code: "host_under_year", credits: 55, expected: 60 }]);
  });

  it("counts year-long courses as half in each semester, and virtual components as studied", () => {
    const mixed = content([course("a", 20), course("y", 10, "YEAR")], [course("r", 30)], [course("v", 5)]);
    expect(summariseCredits(mixed, "AUTUMN").warnings).toEqual([{ code: "recognized_mismatch", studied: 35, recognized: 30 }]);
  });

  it("warns when recognised credits do not match those studied", () => {
    expect(summariseCredits(content([course("a", 30)], [course("r", 24)]), "AUTUMN").warnings).toContainEqual({
      code: "recognized_mismatch",
      studied: 30,
      recognized: 24,
    });
  });

  it("warns about an empty table A", () => {
    expect(summariseCredits(content([], []), "AUTUMN").warnings[0]).toEqual({ code: "no_components" });
  });
});

describe("version hashing", () => {
  it("gives the same text for the same content built in another order", () => {
    const a = { b: 1, a: { d: [1, 2], c: "x" } };
    const b = { a: { c: "x", d: [1, 2] }, b: 1 };
    expect(canonicalContent(a)).toBe(canonicalContent(b));
    expect(canonicalContent(a)).toBe('{"a":{"c":"x","d":[1,2]},"b":1}');
  });

  it("changes with any edit, even one credit", () => {
    expect(canonicalContent(content([course("a", 30)], []))).not.toBe(canonicalContent(content([course("a", 29)], [])));
  });
});

describe("signatures", () => {
  const proposed = { state: "PROPOSED" as const, contentHash: "h1" };

  it("makes a version agreed only when all three parties signed its exact text", () => {
    expect(
      isAgreed("h1", [
        { party: "STUDENT", contentHash: "h1" },
        { party: "SENDING", contentHash: "h1" },
      ]),
    ).toBe(false);
    expect(
      isAgreed("h1", [
        { party: "STUDENT", contentHash: "h1" },
        { party: "SENDING", contentHash: "h1" },
        { party: "RECEIVING", contentHash: "h1" },
      ]),
    ).toBe(true);
  });

  it("never counts a signature made on other text", () => {
    const signatures = [
      { party: "STUDENT" as const, contentHash: "h0" },
      { party: "SENDING" as const, contentHash: "h1" },
    ];
    expect(validSignatures("h1", signatures)).toEqual([{ party: "SENDING", contentHash: "h1" }]);
  });

  it("refuses a signature on text the signer did not see", () => {
    expect(checkSignature(proposed, "SENDING", "h0", [{ party: "STUDENT", contentHash: "h1" }])).toEqual({ ok: false, reason: "stale_version" });
  });

  it("refuses signing a draft, a superseded version, or twice", () => {
    expect(checkSignature({ state: "DRAFT", contentHash: "h1" }, "STUDENT", "h1", [])).toEqual({ ok: false, reason: "not_proposed" });
    expect(checkSignature({ state: "SUPERSEDED", contentHash: "h1" }, "SENDING", "h1", [])).toEqual({ ok: false, reason: "stale_version" });
    expect(checkSignature(proposed, "STUDENT", "h1", [{ party: "STUDENT", contentHash: "h1" }])).toEqual({ ok: false, reason: "already_signed" });
  });

  it("lets the institutions sign only what the student proposed", () => {
    expect(checkSignature(proposed, "RECEIVING", "h1", [])).toEqual({ ok: false, reason: "student_first" });
    expect(checkSignature(proposed, "RECEIVING", "h1", [{ party: "STUDENT", contentHash: "h1" }])).toEqual({ ok: true });
  });
});

describe("changes during the mobility", () => {
  const agreed = content([course("a", 15), course("b", 15)], [course("r", 30)]);

  it("applies deletions and insertions, as EWP marks them", () => {
    const changed = applyChanges(agreed, [
      { op: "deleted", table: "studied", componentId: "b", reasonCode: "timetable-conflict", reasonText: "Clash with course a" },
      { op: "inserted", table: "studied", component: course("c", 15), reasonCode: "substituting-deleted", reasonText: "Replaces b" },
    ]);
    expect(changed.components.studied.map((c) => c.id)).toEqual(["a", "c"]);
    expect(agreed.components.studied.map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("shows which components a version added and removed", () => {
    const changed = applyChanges(agreed, [{ op: "deleted", table: "studied", componentId: "b", reasonCode: "not-available", reasonText: "" }]);
    const diff = diffComponents(agreed, changed);
    expect(diff.filter((d) => d.change !== "unchanged").map((d) => [d.component.id, d.change])).toEqual([["b", "removed"]]);
    expect(diffComponents(null, agreed).every((d) => d.change === "unchanged")).toBe(true);
  });

  it("is open from arrival until the round's window closes", () => {
    const arrived = new Date("2027-09-05T10:00:00Z");
    expect(changeWindowOpen(null, 30, new Date("2027-09-06"))).toBe(false);
    expect(changeWindowOpen(arrived, 30, new Date("2027-10-05T10:00:00Z"))).toBe(true);
    expect(changeWindowOpen(arrived, 30, new Date("2027-10-05T10:00:01Z"))).toBe(false);
  });
});

describe("the version state machine", () => {
  it("moves a draft only to proposed, and a proposal to agreed, rejected or superseded", () => {
    const allowed = new Set(["DRAFT:propose:PROPOSED", "PROPOSED:agree:AGREED", "PROPOSED:reject:REJECTED", "PROPOSED:supersede:SUPERSEDED"]);
    for (const state of VERSION_STATES) {
      for (const event of ["propose", "agree", "reject", "supersede"] as const) {
        const move = versionMove(state, event);
        expect(move.ok ? `${state}:${event}:${move.to}` : null, `${state} ${event}`).toBe([...allowed].find((m) => m.startsWith(`${state}:${event}:`)) ?? null);
      }
    }
  });

  it("says a draft is not proposed yet, and anything else changed since", () => {
    expect(versionMove("DRAFT", "agree")).toEqual({ ok: false, reason: "not_proposed" });
    for (const state of ["AGREED", "REJECTED", "SUPERSEDED"] as const) expect(versionMove(state, "reject")).toEqual({ ok: false, reason: "stale_version" });
  });

  it("takes an answer only on the proposed version with the text the party read", () => {
    const hash = "a".repeat(64);
    expect(checkAnswerable({ state: "PROPOSED", contentHash: hash }, hash)).toEqual({ ok: true });
    expect(checkAnswerable({ state: "PROPOSED", contentHash: hash }, "b".repeat(64))).toEqual({ ok: false, reason: "stale_version" });
    expect(checkAnswerable({ state: "DRAFT", contentHash: hash }, hash)).toEqual({ ok: false, reason: "not_proposed" });
    expect(checkAnswerable({ state: "SUPERSEDED", contentHash: hash }, hash)).toEqual({ ok: false, reason: "stale_version" });
  });
});
