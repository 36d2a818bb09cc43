/**
 * The portal's HTTP server: Next.js behind a few lines of our own, which
 * write the client's address from the socket (and TRUSTED_PROXY_HOPS) into
 * a header no client can set, for the rate limits. `npm start`, the tests
 * and the benchmarks all serve the portal through it.
 *
 *   tsx scripts/serve.ts [--dev] [-p PORT]
 *
 * With TLS_CERT_FILE and TLS_KEY_FILE (PEM) it serves https itself, as an
 * Erasmus Without Paper node must when no proxy in front of it does.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import path from "node:path";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom } from "../lib/domain/client-address";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const port = Number(args.includes("-p") ? args[args.indexOf("-p") + 1] : (process.env.PORT ?? 3000));
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
if (!Number.isInteger(trustedHops) || trustedHops < 0) throw new Error("TRUSTED_PROXY_HOPS must be a whole number, 0 or more");

async function main() {
  // As `next start` and `next dev` do; Next.js reads it when it serves, not when imported.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const serve = (request: IncomingMessage, response: ServerResponse) => {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressFrom(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedHops);
    void handle(request, response);
  };
  const { TLS_CERT_FILE: cert, TLS_KEY_FILE: key } = process.env;
  const server = cert && key ? createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, serve) : createServer(serve);
  server.listen(port, () => console.log(`Serving on ${cert && key ? "https" : "http"}://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
