import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_ACCESS } from "@/lib/server/action";
import { ACTION_ACCESS_MATRIX, ROUTE_ACCESS } from "../support/endpoints";

const root = path.resolve(import.meta.dirname, "..", "..");

function filesUnder(dir: string, name: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, name) : name(entry.name) ? [full] : [];
  });
}

function routeHandlers(): Array<{ key: string; source: string }> {
  return filesUnder(path.join(root, "app"), (f) => f === "route.ts").flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const route = `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/")}`;
    const methods = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] ?? m[2]);
    return methods.map((method) => ({ key: `${method} ${route}`, source }));
  });
}

describe("the endpoint registry", () => {
  it("lists every route handler, and nothing that no longer exists", () => {
    expect(routeHandlers().map((r) => r.key).sort()).toEqual(Object.keys(ROUTE_ACCESS).sort());
  });

  it("has every signed-in route handler ask who is calling before doing anything", () => {
    for (const { key, source } of routeHandlers()) {
      if (ROUTE_ACCESS[key] !== "signed-in") continue;
      expect(source, key).toContain("getCurrentUser()");
      expect(source, key).toMatch(/if \(!user\) return Response\.json\(\{ error: "unauthenticated" \}, \{ status: 401 \}\)/);
    }
  });

  it("has every state-changing route handler refuse requests from other sites", () => {
    for (const { key, source } of routeHandlers()) {
      if (key.startsWith("POST /api/auth") || key === "POST /api/v1/eligibility" || !key.startsWith("POST")) continue;
      expect(source, key).toContain("isSameOrigin(request)");
    }
  });

  it("lists every server action with the roles it admits, and each action admits exactly those", async () => {
    const files = filesUnder(path.join(root, "app", "actions"), (f) => f.endsWith(".ts"));
    const seen: string[] = [];
    for (const file of files) {
      const actions = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(actions)) {
        if (typeof value !== "function") continue;
        seen.push(name);
        const expected = ACTION_ACCESS_MATRIX[name];
        expect(expected, `${name} has no entry in tests/support/endpoints.ts`).toBeDefined();
        const access = ACTION_ACCESS.get(value);
        if (expected === "public-form") expect(access, name).toBeUndefined();
        else if (expected === "public") expect(access, name).toEqual({ public: true });
        else expect(access && "roles" in access ? [...access.roles].sort() : access, name).toEqual([...expected!].sort());
      }
    }
    expect(seen.sort()).toEqual(Object.keys(ACTION_ACCESS_MATRIX).sort());
  });
});
