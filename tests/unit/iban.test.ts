import { describe, expect, it } from "vitest";
import { checkIban, isValidBic, normaliseIban } from "@/lib/domain/iban";

describe("IBAN", () => {
  it("accepts valid IBANs whatever the spacing and case", () => {
    expect(checkIban("FR76 3000 6000 0112 3456 7890 189")).toEqual({ ok: true, iban: "FR7630006000011234567890189" });
    expect(checkIban("de89370400440532013000").ok).toBe(true);
    expect(checkIban("GB82 WEST 1234 5698 7654 32").ok).toBe(true);
    expect(checkIban("NO93 8601 1117 947").ok).toBe(true);
  });

  it("refuses a wrong check digit", () => {
    expect(checkIban("FR76 3000 6000 0112 3456 7890 188")).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses a wrong length for the country", () => {
    expect(checkIban("FR76 3000 6000 0112 3456 7890 18")).toEqual({ ok: false, reason: "length" });
  });

  it("refuses an unknown country and garbage", () => {
    expect(checkIban("ZZ12 3456")).toEqual({ ok: false, reason: "country" });
    expect(checkIban("hello")).toEqual({ ok: false, reason: "format" });
    expect(checkIban("")).toEqual({ ok: false, reason: "format" });
  });

  it("normalises spaces and dashes", () => {
    expect(normaliseIban(" fr76-3000 6000 ")).toBe("FR7630006000");
  });
});

describe("BIC", () => {
  it("accepts 8 and 11 characters", () => {
    expect(isValidBic("BNPAFRPP")).toBe(true);
    expect(isValidBic("bnpafrppxxx")).toBe(true);
  });

  it("refuses other shapes", () => {
    expect(isValidBic("BNPAFRP")).toBe(false);
    expect(isValidBic("12PAFRPP")).toBe(false);
  });
});
