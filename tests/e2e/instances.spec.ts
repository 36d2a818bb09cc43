import { spawn, type ChildProcess } from "node:child_process";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { expect, test } from "@playwright/test";
import { freePort } from "../../scripts/lib/free-port";
import { startS3Server } from "../support/s3-server";
import { PDF_FILE } from "./support/files";
import { signUpNewStudent } from "./support/sign-up";
import { stopInstances } from "./support/instances";

const BUCKET = "erasmus-documents";
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

test.describe.configure({ timeout: 180_000 });

let s3: Awaited<ReturnType<typeof startS3Server>>;
const instances: Array<{ url: string; process: ChildProcess }> = [];

async function untilHealthy(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never became healthy`);
}

test.beforeAll(async () => {
  s3 = await startS3Server(BUCKET);
  const ports = [await freePort(), await freePort()];
  for (const port of ports) {
    const child = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], {
      env: {
        ...process.env,
        NEXTAUTH_URL: `http://localhost:${ports[0]}`,
        STORAGE_DRIVER: "s3",
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: BUCKET,
        S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        // Nothing on this machine's disk may be what the second instance reads.
        STORAGE_DIR: `/nonexistent/instance-${port}`,
        // The suite's own server delivers the other tests' mail; these two only send what they cause.
        OUTBOX_INTERVAL_MS: String(60 * 60 * 1000),
      },
      stdio: "ignore",
      detached: true,
    });
    instances.push({ url: `http://localhost:${port}`, process: child });
  }
  await Promise.all(instances.map((i) => untilHealthy(i.url)));
});

test.afterAll(async () => {
  await stopInstances(instances);
  await s3?.stop();
});

test("two instances share one database and one object store: a document uploaded through one is downloaded through the other, with the same session", async ({
  page,
}) => {
  const [first, second] = instances as [(typeof instances)[0], (typeof instances)[0]];
  await signUpNewStudent(page, "Instances", first.url);
  await page.getByRole("button", { name: "Start my application" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Personal details" })).toBeVisible();
  const applicationPath = new URL(page.url()).pathname;

  await page.goto(`${first.url}${applicationPath}/dossier`);
  await page.getByLabel("Choose a file for “Motivation letter”").setInputFiles(PDF_FILE("motivation.pdf"));
  await expect(page.locator("li", { hasText: "Motivation letter" }).getByText("Uploaded", { exact: true })).toBeVisible();
  const objects = await new S3Client({ endpoint: s3.endpoint, region: "us-east-1", forcePathStyle: true, credentials: CREDENTIALS }).send(
    new ListObjectsV2Command({ Bucket: BUCKET }),
  );
  expect(objects.KeyCount).toBe(1);

  // The same browser session, now served by the second instance.
  await page.goto(`${second.url}${applicationPath}/dossier`);
  await expect(page).toHaveURL(`${second.url}${applicationPath}/dossier`);
  await expect(page.locator("li", { hasText: "Motivation letter" }).getByText("Uploaded", { exact: true })).toBeVisible();
  const link = page.locator("li", { hasText: "Motivation letter" }).getByRole("link", { name: "Download" }).first();
  const href = await link.getAttribute("href");
  const download = await page.request.get(`${second.url}${href}`);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body())).toEqual(PDF_FILE("motivation.pdf").buffer);
});
