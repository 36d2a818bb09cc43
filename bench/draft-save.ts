import { serverActionIds } from "../scripts/lib/server-action-ids";

type LoopResult = { rps: number; p50: number; p975: number; p99: number; errors: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * Draft saves as the form sends them: each writer saves its own draft again
 * and again, naming the version it last got back, so every save is a real
 * write rather than a refused stale one. autocannon cannot carry that
 * version from one answer to the next request, hence this loop.
 */
export async function measureDraftSaves(options: {
  root: string;
  base: string;
  writers: Array<{ cookie: string; applicationId: string }>;
  seconds: number;
}): Promise<LoopResult> {
  const id = serverActionIds(options.root).get("saveDraftAction");
  if (!id) throw new Error("No saveDraftAction in the build");
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + options.seconds * 1000;
  await Promise.all(
    options.writers.map(async (writer, index) => {
      let version = 1;
      for (let n = 0; Date.now() < deadline; n++) {
        const started = performance.now();
        const response = await fetch(`${options.base}/`, {
          method: "POST",
          headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: options.base, cookie: writer.cookie },
          body: JSON.stringify([
            {
              applicationId: writer.applicationId,
              version,
              step: "personal",
              values: { firstName: "Writer", lastName: `Bench${index}`, birthDate: "2003-04-05", phone: `+33 6 00 00 ${String(n % 100).padStart(2, "0")} 00` },
              advance: false,
            },
          ]),
        });
        const text = await response.text();
        latencies.push(performance.now() - started);
        const saved = text.match(/"ok":true,"data":\{[^}]*"version":(\d+)/);
        if (saved) version = Number(saved[1]);
        else errors += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value);
  return {
    rps: Math.round(latencies.length / options.seconds),
    p50: round(percentile(latencies, 50)),
    p975: round(percentile(latencies, 97.5)),
    p99: round(percentile(latencies, 99)),
    errors,
  };
}
