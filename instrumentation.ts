export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // A server with a missing or malformed setting stops here, naming it, rather than at its first request.
    const { checkEnvironment } = await import("./lib/server/env");
    checkEnvironment();
    const { startOutboxWorker } = await import("./lib/server/mail/outbox-worker");
    startOutboxWorker();
  }
}
