import { describe, expect, it } from "vitest";
import { isEqfLevel, isIscedCode } from "@/lib/domain/programme";

describe("EQF levels", () => {
  it.each([6, 7, 8])("accepts %d", (level) => expect(isEqfLevel(level)).toBe(true));
  it.each([0, 5, 9, 6.5, -7])("refuses %d", (level) => expect(isEqfLevel(level)).toBe(false));
});

describe("ISCED-F codes", () => {
  it.each(["0613", "0231", "0732", "1011", "0000"])("accepts %s", (code) => expect(isIscedCode(code)).toBe(true));
  it.each(["", "613", "1113", "2001", "06a3", "0613 ", "06130", "061301"])("refuses %j", (code) => expect(isIscedCode(code)).toBe(false));
});
