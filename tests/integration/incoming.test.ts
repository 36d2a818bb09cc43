import { ZSaveFactSheet } from "@/lib/validation/factsheet";
import { webAddress } from "@/lib/validation/text";
import { beforeAll, describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { GET as factsheetRoute } from "@/app/api/v1/factsheet/route";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { saveFactSheet } from "@/lib/server/incoming/save-factsheet";
import { submitIncomingApplication } from "@/lib/server/incoming/submit-incoming-application";
import { getIncomingStatus, openIncomingLetter } from "@/lib/server/incoming/get-incoming-status";
import { decideIncomingApplication } from "@/lib/server/incoming/decide-incoming-application";
import { getIncomingApplication } from "@/lib/server/incoming/get-incoming-application";
import { listIncomingApplications } from "@/lib/server/incoming/list-incoming-applications";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { openIntakes } from "@/lib/domain/incoming/deadlines";
import { IMT_MINES_ALES_FACTSHEET } from "@/prisma/factsheet-seed";
import type { TIncomingApplication } from "@/lib/validation/incoming";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import { bodyOf, PDF } from "../support/applications";
import { readAll } from "../support/streams";

beforeAll(async () => {
  if (!(await testDb().factSheet.findUnique({ where: { erasmusCode: "F ALES02" } }))) {
    await testDb().factSheet.create({ data: { erasmusCode: "F ALES02", content: IMT_MINES_ALES_FACTSHEET } });
  }
});

function application(overrides: Partial<TIncomingApplication> = {}): TIncomingApplication {
  const open = openIntakes(new Date(), IMT_MINES_ALES_FACTSHEET.deadlines, "Europe/Paris")[0]!;
  return {
    firstName: "Jonas",
    lastName: `Berg${uniqueSuffix()}`,
    email: `jonas-${uniqueSuffix()}@student.test`,
    homeInstitution: "Technische Universität München",
    homeErasmusCode: "D MUNCHEN02",
    fieldOfStudy: "Mechatronics",
    intake: `${open.semester}:${open.academicYear}`,
    languages: [{ language: "fr", level: "B1" }],
    ...overrides,
  };
}

describe("the factsheet API", () => {
  it("answers in the EWP factsheet shape, with the school's deadlines as --MM-DD", async () => {
    const response = await factsheetRoute(new Request("http://portal.test/api/v1/factsheet"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.heiId).toBe("F ALES02");
    expect(body.calendar.studentApplications).toEqual({ autumnTerm: "--05-31", springTerm: "--11-30" });
    for (const key of ["applicationInfo", "housingInfo", "visaInfo", "insuranceInfo"]) {
      expect(body[key]).toEqual({
        email: expect.stringContaining("@"),
        phone: { e164: "+33466782077" },
        websiteUrl: [{ lang: "en", value: expect.stringMatching(/^http/) }],
      });
    }
    expect(body.additionalRequirements).toEqual([{ name: "CV", details: null, informationWebsite: [] }]);
    expect(body.decisionWeeksLimit).toBe(5);
    expect(body.additionalInfo.map((i: { infoType: string }) => i.infoType)).toContain("minimum-stay");
    expect(body.localExtensions.ectsCreditsPerSemester).toBe(30);
    expect(body.localExtensions.courses).toContainEqual({
      name: [
        { lang: "en", value: "Mechatronics" },
        { lang: "fr", value: "Mécatronique" },
      ],
      teachingLanguages: ["fr", "en"],
    });
    expect(body.localExtensions.gradingScale.map((g: { grade: string }) => g.grade)).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(body.localExtensions.accommodation.monthlyCostEur).toEqual({ min: 300, max: 400 });
    expect(body.localExtensions.insurance.map((i: { yearlyCostEur: number | null }) => i.yearlyCostEur)).toEqual([null, 18, 300]);
  });
});

describe("editing the fact sheet", () => {
  it("is for the international office only", async () => {
    const sheet = (await getFactSheet())!;
    for (const role of ["STUDENT", "DEPARTMENTAL_COORDINATOR", "GRANT_COMMISSION", "HOST_COORDINATOR", "ADMINISTRATOR"] as const) {
      await expect(saveFactSheet(await createUser(role), sheet.id, sheet.version, sheet.content)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("saves a change, records it, and refuses an edit based on an older version", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const sheet = (await getFactSheet())!;
    const changed = { ...sheet.content, creditsPerSemester: 31 };
    const version = await saveFactSheet(office, sheet.id, sheet.version, changed);
    expect((await getFactSheet())!.content.creditsPerSemester).toBe(31);
    expect(await testDb().auditEvent.findFirst({ where: { entityId: sheet.id, action: "factsheet.updated" } })).toMatchObject({ actorId: office.id });
    await expect(saveFactSheet(office, sheet.id, sheet.version, sheet.content)).rejects.toMatchObject({ code: "conflict" });
    await saveFactSheet(office, sheet.id, version, sheet.content);
  });
});

describe("links in the fact sheet", () => {
  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "ftp://files.example.org", "http:/broken"])(
    "refuses %s as a website: only http and https are published",
    async (website) => {
      const sheet = (await getFactSheet())!;
      const parsed = ZSaveFactSheet.safeParse({
        id: sheet.id,
        version: sheet.version,
        content: { ...sheet.content, institution: { ...sheet.content.institution, website } },
      });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["content.institution.website", "validation.url"]);
    },
  );

  it("accepts http and https addresses", () => {
    for (const website of ["https://www.mines-ales.fr/", "http://example.org/path?x=1"]) expect(webAddress().safeParse(website).success, website).toBe(true);
  });
});

describe("applying to come", () => {
  it("stores the application and its CV, e-mails a confirmation with a private status link", async () => {
    const input = application();
    const { id, token } = await submitIncomingApplication(input, { fileName: "cv.pdf", body: bodyOf(PDF) }, `client-${uniqueSuffix()}`, "en");
    expect(await getIncomingStatus(id, token)).toMatchObject({ status: "SUBMITTED", firstName: "Jonas" });
    expect(await getIncomingStatus(id, "wrong-token")).toBeNull();
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: input.email } }));
    expect(mail.subject).toBe("Your application to IMT Mines Alès has been received");
    expect(mail.text).toContain(`/incoming/applications/${id}?token=${token}`);
  });

  it("refuses an application after the semester's deadline, in the school's time zone, before reading the CV", async () => {
    const input = application({ intake: "SPRING:2026-2027" });
    let read = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          read = true;
        },
      },
      { highWaterMark: 0 },
    );
    await expect(
      submitIncomingApplication(input, { fileName: "cv.pdf", body }, `client-${uniqueSuffix()}`, "en", new Date("2026-11-30T23:00:00Z")),
    ).rejects.toMatchObject({ code: "refused", detail: "deadline_passed", fieldErrors: { intake: "validation.intakeClosed" } });
    expect(read).toBe(false);
    expect(await testDb().incomingApplication.count({ where: { email: input.email } })).toBe(0);
  });

  it("refuses a CV that is not a document", async () => {
    const html = new TextEncoder().encode("<svg onload=alert(1)>");
    await expect(submitIncomingApplication(application(), { fileName: "cv.pdf", body: bodyOf(html) }, `client-${uniqueSuffix()}`, "en")).rejects.toMatchObject({
      reason: "unsupported_type",
    });
  });
});

describe("the office's decision", () => {
  it("accepts with a message and e-mails the acceptance letter as a PDF", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const input = application();
    const { id, token } = await submitIncomingApplication(input, { fileName: "cv.pdf", body: bodyOf(PDF) }, `client-${uniqueSuffix()}`, "fr");
    const listed = await listIncomingApplications(office, { q: input.lastName, page: 1 });
    expect(listed.rows.map((r) => r.id)).toEqual([id]);
    const detail = (await getIncomingApplication(office, id))!;
    expect(await openDossierFile(office, detail.cv.id)).not.toBeNull();

    await decideIncomingApplication(office, { applicationId: id, version: detail.version, decision: "ACCEPTED", message: "Bienvenue à Alès !" });
    expect(await getIncomingStatus(id, token)).toMatchObject({ status: "ACCEPTED", decisionMessage: "Bienvenue à Alès !" });
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: input.email, subject: { contains: "accepté" } } }));
    expect(mail.attachmentNames).toEqual(["acceptance-letter.pdf"]);
    const parsed = await simpleParser(Buffer.from(mail.raw));
    expect(parsed.attachments[0]!.content.subarray(0, 5).toString()).toBe("%PDF-");
    // The letter is kept as sent: the status link's holder and the office read the very same bytes, no one else.
    expect(await getIncomingStatus(id, token)).toMatchObject({ hasLetter: true });
    const letter = (await openIncomingLetter(id, token))!;
    expect(await readAll(letter.stream)).toEqual(parsed.attachments[0]!.content);
    expect(await openIncomingLetter(id, `${token}x`)).toBeNull();
    expect(await openIncomingLetter(id, "")).toBeNull();
    const letterFileId = (await getIncomingApplication(office, id))!.acceptanceLetterFileId!;
    expect(await openDossierFile(office, letterFileId)).not.toBeNull();
    expect(await openDossierFile(await createUser("STUDENT"), letterFileId)).toBeNull();
    await expect(
      decideIncomingApplication(office, { applicationId: id, version: detail.version + 1, decision: "DECLINED", message: "" }),
    ).rejects.toMatchObject({ code: "refused", detail: "already_decided" });
  });

  it("is out of reach of everyone but the international office", async () => {
    const { id } = await submitIncomingApplication(application(), { fileName: "cv.pdf", body: bodyOf(PDF) }, `client-${uniqueSuffix()}`, "en");
    const cv = await testDb().incomingApplication.findUniqueOrThrow({ where: { id }, select: { cvFileId: true } });
    for (const role of ["STUDENT", "DEPARTMENTAL_COORDINATOR", "GRANT_COMMISSION", "HOST_COORDINATOR", "ADMINISTRATOR"] as const) {
      const user = await createUser(role);
      await expect(listIncomingApplications(user, { page: 1 })).rejects.toMatchObject({ code: "forbidden" });
      await expect(decideIncomingApplication(user, { applicationId: id, version: 1, decision: "ACCEPTED", message: "" })).rejects.toMatchObject({
        code: "forbidden",
      });
      expect(await openDossierFile(user, cv.cvFileId)).toBeNull();
    }
  });

  it("declines without a letter, and a failed decision stores none", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { id, token } = await submitIncomingApplication(application(), { fileName: "cv.pdf", body: bodyOf(PDF) }, `client-${uniqueSuffix()}`, "en");
    const files = () => testDb().storedFile.count();
    const before = await files();
    // A stale version: the letter made for it is not kept.
    await expect(decideIncomingApplication(office, { applicationId: id, version: 99, decision: "ACCEPTED", message: "" })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await files()).toBe(before);
    await decideIncomingApplication(office, { applicationId: id, version: 1, decision: "DECLINED", message: "" });
    expect(await getIncomingStatus(id, token)).toMatchObject({ status: "DECLINED", hasLetter: false });
    expect(await openIncomingLetter(id, token)).toBeNull();
  });
});
