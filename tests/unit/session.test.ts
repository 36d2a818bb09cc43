import { describe, expect, it } from "vitest";
import { sessionOutlived } from "@/lib/domain/session";

describe("a session's absolute end", () => {
  const signedInAt = Date.UTC(2026, 11, 1, 8);
  it("has not come within the maximum", () => expect(sessionOutlived(signedInAt, signedInAt + 8 * 3_600_000 - 1, 8)).toBe(false));
  it("has come at the maximum", () => expect(sessionOutlived(signedInAt, signedInAt + 8 * 3_600_000, 8)).toBe(true));
  it("has come for a token without a sign-in time", () => expect(sessionOutlived(undefined, signedInAt, 8)).toBe(true));
});
