import type { ChildProcess } from "node:child_process";

/** Stops portal instances a test started (`scripts/serve.ts`, each in a process group of its own) and waits for them to exit. */
export async function stopInstances(instances: Array<{ process: ChildProcess }>): Promise<void> {
  await Promise.all(
    instances.map(async ({ process: child }) => {
      if (!child.pid || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }),
  );
}
