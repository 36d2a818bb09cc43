import { request, type APIRequestContext } from "@playwright/test";
import { serverActionIds } from "../../../scripts/lib/server-action-ids";

/** A signed-in (or anonymous) HTTP client of the running portal, as a browser would be. */
export async function httpCaller(baseURL: string, credentials?: { email: string; password: string }): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  if (!credentials) return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await context.post("/api/auth/callback/credentials", { form: { ...credentials, csrfToken, json: "true" } });
  if (!signedIn.ok()) throw new Error(`Sign-in of ${credentials.email} failed: ${signedIn.status()}`);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: unknown };
  if (!session.user) throw new Error(`No session for ${credentials.email}`);
  return context;
}

let actionIds: Map<string, string> | undefined;

function actionId(name: string): string {
  actionIds ??= serverActionIds(process.cwd());
  const id = actionIds.get(name);
  if (!id) throw new Error(`No server action named ${name} in the build`);
  return id;
}

export type ActionOutcome = { ok: true; data: unknown } | { ok: false; error: string; detail?: string };

/** Calls a server action over HTTP exactly as the portal's own pages do, and reads its result. */
export async function callAction(caller: APIRequestContext, name: string, input: unknown): Promise<ActionOutcome> {
  const response = await caller.post("/", {
    headers: { "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([input]),
  });
  const text = await response.text();
  for (const line of text.split("\n")) {
    const row = line.match(/^[0-9a-f]+:(\{.*\})$/)?.[1];
    if (!row) continue;
    const value = JSON.parse(row) as Record<string, unknown>;
    if (typeof value.ok === "boolean") return value as ActionOutcome;
  }
  return { ok: false, error: `http_${response.status()}` };
}
