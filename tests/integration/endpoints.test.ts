import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_ACCESS } from "@/lib/server/action";
import { ROUTE_ACCESS as REGISTERED_ROUTES } from "@/lib/server/http/define-route";
import { ACTION_ACCESS_MATRIX, CROSS_SITE_ROUTES, ROUTE_ACCESS } from "../support/endpoints";

const root = path.resolve(import.meta.dirname, "..", "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const NUL = "a\u0000b";
const SAME_SITE = { origin: "http://portal.test", host: "portal.test" };

function filesUnder(dir: string, name: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, name) : name(entry.name) ? [full] : [];
  });
}

type Route = { key: string; path: string; handler: (request: Request, context?: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> };

async function routeHandlers(): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of filesUnder(path.join(root, "app"), (f) => f === "route.ts")) {
    const route = `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/")}`;
    const exports = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof exports[method] === "function") routes.push({ key: `${method} ${route}`, path: route, handler: exports[method] as Route["handler"] });
    }
  }
  return routes;
}

async function serverActions(): Promise<Array<{ name: string; action: (input: unknown) => Promise<unknown> }>> {
  const found = [];
  for (const file of filesUnder(path.join(root, "app", "actions"), (f) => f.endsWith(".ts"))) {
    for (const [name, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      if (typeof value === "function") found.push({ name, action: value as (input: unknown) => Promise<unknown> });
    }
  }
  return found;
}

/** Path parameters for a route, each holding a NUL byte. */
function poisonedParams(route: string): Record<string, string | string[]> {
  return Object.fromEntries([...route.matchAll(/\[(\.\.\.)?(\w+)\]/g)].map((m) => [m[2]!, m[1] ? [NUL] : NUL]));
}

describe("the endpoint registry", () => {
  it("lists every route handler, and nothing that no longer exists", async () => {
    expect((await routeHandlers()).map((r) => r.key).sort()).toEqual(Object.keys(ROUTE_ACCESS).sort());
  });

  it("has every route handler written through defineRoute, admitting exactly the callers listed", async () => {
    for (const { key, handler } of await routeHandlers()) {
      expect(REGISTERED_ROUTES.get(handler)?.access, key).toBe(ROUTE_ACCESS[key]);
    }
  });

  it("has every state-changing route handler refuse requests from other sites, but the listed public APIs", async () => {
    for (const { key, handler } of await routeHandlers()) {
      expect(Boolean(REGISTERED_ROUTES.get(handler)?.crossSite), key).toBe(CROSS_SITE_ROUTES.includes(key));
      if (key.startsWith("GET") || CROSS_SITE_ROUTES.includes(key)) continue;
      const response = await handler(
        new Request(`http://portal.test/api${key}`, { method: "POST", headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } }),
        { params: Promise.resolve({}) },
      );
      expect(response.status, key).toBe(403);
    }
  });

  it("lists every server action with the roles it admits, and each action admits exactly those", async () => {
    const seen: string[] = [];
    for (const { name, action } of await serverActions()) {
      seen.push(name);
      const expected = ACTION_ACCESS_MATRIX[name];
      expect(expected, `${name} has no entry in tests/support/endpoints.ts`).toBeDefined();
      const access = ACTION_ACCESS.get(action);
      if (expected === "public-form") expect(access, name).toBeUndefined();
      else if (expected === "public") expect(access, name).toEqual({ public: true });
      else expect(access && "roles" in access ? [...access.roles].sort() : access, name).toEqual([...expected!].sort());
    }
    expect(seen.sort()).toEqual(Object.keys(ACTION_ACCESS_MATRIX).sort());
  });
});

describe("a NUL byte", () => {
  it("in a path segment or a search parameter of any route handler is refused with 400, never 500", async () => {
    for (const { key, path: route, handler } of await routeHandlers()) {
      const method = key.split(" ")[0]!;
      const inPath = await handler(new Request(`http://portal.test${route}`, { method, headers: SAME_SITE }), {
        params: Promise.resolve(poisonedParams(route)),
      });
      if (route.includes("[")) expect(inPath.status, `${key} (path)`).toBe(400);
      const inQuery = await handler(new Request(`http://portal.test${route}?q=${encodeURIComponent(NUL)}`, { method, headers: SAME_SITE }), {
        params: Promise.resolve({}),
      });
      expect(inQuery.status, `${key} (query)`).toBe(400);
      if (ROUTE_ACCESS[key] === "ewp")
        expect(await inQuery.text(), key).toContain("<developer-message>A parameter holds control characters.</developer-message>");
      else expect(await inQuery.json(), key).toMatchObject({ error: "invalid", fieldErrors: [{ field: "q", code: "controlCharacter" }] });
    }
  });

  it("in a JSON field or the incoming application's fields is refused with a field error in the reader's language", async () => {
    const { POST: eligibility } = await import("@/app/api/v1/eligibility/route");
    const json = await eligibility(
      new Request("http://portal.test/api/v1/eligibility?lang=en", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answers: { nationality: NUL } }),
      }),
    );
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({
      error: "invalid",
      fieldErrors: [{ field: "answers.nationality", code: "controlCharacter", message: expect.stringContaining("control character") }],
    });

    const { POST: incoming } = await import("@/app/api/v1/incoming-applications/route");
    const fields = Buffer.from(JSON.stringify({ firstName: NUL })).toString("base64url");
    const form = await incoming(
      new Request("http://portal.test/api/v1/incoming-applications", {
        method: "POST",
        headers: { "x-application": fields, "x-locale": "fr", "content-type": "application/octet-stream" },
        body: "%PDF",
      }),
    );
    expect(form.status).toBe(400);
    expect(await form.json()).toMatchObject({
      error: "invalid",
      fieldErrors: [{ field: "firstName", code: "controlCharacter", message: expect.stringContaining("caractère de contrôle") }],
    });
  });

  it("in any field of any server action is refused as invalid before the action runs", async () => {
    for (const { name, action } of await serverActions()) {
      if (ACTION_ACCESS_MATRIX[name] === "public-form") continue;
      for (const input of [{ id: NUL }, { nested: { list: ["ok", `x${"\u0007"}y`] } }, { [NUL]: "key" }]) {
        const result = (await action(input)) as { ok: boolean; error?: string; fieldErrors?: Record<string, string> };
        expect(result, name).toMatchObject({ ok: false, error: "invalid" });
        expect(Object.values(result.fieldErrors ?? {}), name).toEqual(["validation.controlCharacter"]);
      }
    }
  });

  it("is refused by the shared text schemas, which keep line breaks only in text areas", async () => {
    const { line, prose } = await import("@/lib/validation/text");
    expect(line().safeParse("a\u0000b").success).toBe(false);
    expect(line().safeParse("a\nb").success).toBe(false);
    expect(line().safeParse("a\u007fb").success).toBe(false);
    expect(line().safeParse("Zoë Ångström").success).toBe(true);
    expect(prose().safeParse("one\n\ttwo\r\nthree").success).toBe(true);
    expect(prose().safeParse("a\u0000b").success).toBe(false);
    expect(prose().safeParse("a\u001bb").success).toBe(false);
  });
});
