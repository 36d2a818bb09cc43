import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/domain/client-address";

describe("the client's address", () => {
  it("is the socket's peer without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom("203.0.113.7", "198.51.100.1, 10.0.0.1", 0)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
  });

  it("is the entry the last trusted proxy appended", () => {
    // The client forged "1.2.3.4"; our proxy appended the address it saw, 198.51.100.9, and connected from 10.0.0.2.
    expect(clientAddressFrom("10.0.0.2", "1.2.3.4, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddressFrom("10.0.0.3", ["1.2.3.4, 198.51.100.9", "10.0.0.2"], 2)).toBe("198.51.100.9");
  });

  it("is the leftmost entry when fewer proxies wrote than are trusted", () => {
    expect(clientAddressFrom("10.0.0.2", "198.51.100.9", 3)).toBe("198.51.100.9");
    expect(clientAddressFrom(undefined, undefined, 0)).toBe("unknown");
  });
});
