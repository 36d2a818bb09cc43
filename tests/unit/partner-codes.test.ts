import { describe, expect, it } from "vitest";
import { isErasmusCode, isSchacCode, normalizeErasmusCode, normalizeSchacCode } from "@/lib/domain/partner/codes";

describe("Erasmus codes", () => {
  it.each(["F  ALES02", "S UPPSALA01", "SF ESPOO12", "LUX-LUX01", "IRLDUBLIN01", "D  MUNCHEN02", "e granada01"])("accepts %s", (code) => {
    expect(isErasmusCode(code)).toBe(true);
  });

  it.each(["", "ALES", "F ALES", "F ALES2", "12 ALES02", "F ALES02 extra", "F ALES02\u0000", "ABCD MUNCHEN02", `F ${"A".repeat(30)}01`])(
    "refuses %j",
    (code) => {
      expect(isErasmusCode(code)).toBe(false);
    },
  );

  it("has one spelling: capitals, one space after the country", () => {
    expect(normalizeErasmusCode("  f   ales02 ")).toBe("F ALES02");
    expect(normalizeErasmusCode("irldublin01")).toBe("IRLDUBLIN01");
  });
});

describe("SCHAC codes", () => {
  it.each(["uu.se", "imt-mines-ales.fr", "UJ.EDU.PL", "tcd.ie"])("accepts %s", (code) => {
    expect(isSchacCode(code)).toBe(true);
  });

  it.each(["", "se", "uu", "-uu.se", "uu-.se", "u u.se", "uu..se", "https://uu.se", "uu.se/"])("refuses %j", (code) => {
    expect(isSchacCode(code)).toBe(false);
  });

  it("is compared without case", () => {
    expect(normalizeSchacCode(" UU.SE ")).toBe("uu.se");
  });
});
