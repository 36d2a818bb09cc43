import { describe, expect, it } from "vitest";
import { signInDelayMs } from "@/lib/domain/sign-in-delay";

describe("the delay before a sign-in to an account with recent failures", () => {
  it("is nothing for the first five, then doubles from 100 ms, never over 3 s", () => {
    expect([0, 1, 4, 5, 6, 7, 9, 10, 20, 1000].map(signInDelayMs)).toEqual([0, 0, 0, 100, 200, 400, 1600, 3000, 3000, 3000]);
  });
});
