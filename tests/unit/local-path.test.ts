import { describe, expect, it } from "vitest";
import { localPath } from "@/lib/domain/local-path";

describe("the path to come back to after signing in", () => {
  it.each(["/student", "/coordinator?status=SUBMITTED&q=Dupont%20Marie", "/student/applications/abc#pieces", "/"])("keeps a path of this site: %s", (path) => {
    expect(localPath(path)).toBe(path);
  });

  it.each([
    ["a protocol-relative address", "//evil.example"],
    ["an encoded tab before a second slash", "/%09/evil.example"],
    ["a raw tab", "/\t/evil.example"],
    ["an encoded line break", "/%0a/evil.example"],
    ["an encoded carriage return", "/%0D/evil.example"],
    ["a backslash", "/\\evil.example"],
    ["an encoded backslash", "/%5Cevil.example"],
    ["an encoded slash", "/%2Fevil.example"],
    ["a space after the first slash", "/ /evil.example"],
    ["an absolute address", "https://evil.example/"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "student"],
    ["broken percent-encoding", "/%E0%A4%A"],
    ["a NUL byte", "/student%00"],
    ["a C1 control", "/student\u0085"],
  ])("refuses %s", (_what, path) => {
    expect(localPath(path)).toBeUndefined();
  });

  it("refuses anything but one string", () => {
    expect(localPath(undefined)).toBeUndefined();
    expect(localPath(["/a", "/b"])).toBeUndefined();
    expect(localPath(42)).toBeUndefined();
  });
});
