/**
 * `npm run lock:complete`, after any dependency change.
 *
 * The registry these machines reach serves only the Linux builds of native
 * packages, so `npm install` leaves the other platforms' optional packages
 * out of package-lock.json — and `npm ci` then refuses the lock as out of
 * sync. This records each missing one as an optional entry restricted to its
 * platform, which npm never installs here and never needs to download.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Entry = { version?: string; optionalDependencies?: Record<string, string>; optional?: boolean; os?: string[]; cpu?: string[]; libc?: string[] };

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "netbsd", "openharmony", "sunos", "aix"];
const CPU = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"];

function platformOf(name: string): Pick<Entry, "os" | "cpu" | "libc"> {
  const tokens = name.split("/").pop()!.split("-");
  const os = OS.filter((o) => tokens.includes(o));
  const cpu = CPU.filter((c) => tokens.includes(c) || (c === "arm" && tokens.includes("gnueabihf")));
  const libc =
    tokens.includes("musl") || tokens.includes("musleabihf") ? ["musl"] : tokens.includes("gnu") || tokens.includes("gnueabihf") ? ["glibc"] : undefined;
  return { ...(os.length ? { os } : {}), ...(cpu.length ? { cpu: [...new Set(cpu)] } : {}), ...(libc ? { libc } : {}) };
}

const file = path.resolve(import.meta.dirname, "..", "package-lock.json");
const lock = JSON.parse(readFileSync(file, "utf8")) as { packages: Record<string, Entry> };
let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location}/node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[top]) continue;
    lock.packages[top] = { version: version.replace(/^[\^~=]/, ""), optional: true, ...platformOf(name) };
    added += 1;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Recorded ${added} optional platform packages.`);
