import { describe, expect, it } from "vitest";
import { defineRoute } from "@/lib/server/http/define-route";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { AppError } from "@/lib/server/errors";
import { freePort } from "../../scripts/lib/free-port";

/**
 * Every route handler is a defineRoute (tests/integration/endpoints.test.ts
 * checks the registry), so what defineRoute answers is what every route answers.
 */
describe("a route handler's errors", () => {
  it("answer 503 with Retry-After when PostgreSQL cannot be reached, never 500", async () => {
    // A real client of a port nothing listens on: the driver's own connection error.
    const gone = createDatabaseClient(`postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`);
    const route = defineRoute({ access: "public" }, async () => Response.json(await gone.user.count()));
    const response = await route(new Request("http://portal.test/api/v1/example"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ error: "unavailable", reference: expect.any(String) });
    await gone.$disconnect();
  });

  it("answer what the operation refused, with its reason, and hide records the caller may not touch", async () => {
    const refused = defineRoute({ access: "public" }, async () => {
      throw new AppError("refused", "stale_version");
    });
    expect(await (await refused(new Request("http://portal.test/x"))).json()).toEqual({ error: "refused", detail: "stale_version" });
    const forbidden = defineRoute({ access: "public" }, async () => {
      throw new AppError("forbidden");
    });
    const hidden = await forbidden(new Request("http://portal.test/x"));
    expect(hidden.status).toBe(404);
  });

  it("answer an unexpected failure with a reference to the log and no detail", async () => {
    const broken = defineRoute({ access: "public" }, async () => {
      throw new Error("secret internals");
    });
    const response = await broken(new Request("http://portal.test/x"));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ error: "internal", reference: expect.stringMatching(/^[0-9a-f]{8}$/) });
  });
});
