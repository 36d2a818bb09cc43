import { describe, expect, it } from "vitest";
import { saveAgreementDraft } from "@/lib/server/learning-agreement/save-agreement-draft";
import { proposeAgreementVersion } from "@/lib/server/learning-agreement/propose-agreement-version";
import { proposeAgreementChanges } from "@/lib/server/learning-agreement/propose-agreement-changes";
import { deleteAgreement } from "@/lib/server/learning-agreement/delete-agreement";
import { approveAsInternationalOffice } from "@/lib/server/learning-agreement/approve-as-office";
import { signAsSendingInstitution } from "@/lib/server/learning-agreement/sign-as-sending";
import { signAsReceivingInstitution } from "@/lib/server/learning-agreement/sign-as-receiving";
import { rejectAsReceivingInstitution } from "@/lib/server/learning-agreement/reject-as-receiving";
import { revokeInvitation } from "@/lib/server/learning-agreement/revoke-invitation";
import { reinviteHost } from "@/lib/server/learning-agreement/reinvite-host";
import { hashLinkToken } from "@/lib/server/crypto/link-token";
import { hostRecipients, hostRecipientsFor } from "@/lib/server/learning-agreement/host-recipients";
import type { CurrentUser } from "@/lib/server/auth/session";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { buildDossierZip } from "@/lib/server/dossier/build-dossier-zip";
import { getAgreementByApplication } from "@/lib/server/learning-agreement/get-agreement";
import { learningAgreementJson } from "@/lib/domain/learning-agreement/agreement-json";
import { testDb, uniqueSuffix } from "../support/db";
import { agreementContent as content } from "../support/learning-agreement-content";
import { createUser, waitFor } from "../support/factories";
import { createRoundWithDestination, newStudent } from "../support/applications";
import { startApplication } from "@/lib/server/application/start-application";

async function nominatedStudent() {
  const setup = await createRoundWithDestination();
  const student = await newStudent();
  const { id } = await startApplication(student, setup.round.id);
  await testDb().outgoingApplication.update({ where: { id }, data: { status: "NOMINATED", programmeId: setup.programme.id } });
  await testDb().destinationChoice.create({
    data: {
      applicationId: id,
      rank: 1,
      partnerInstitutionId: setup.partner.id,
      semesters: ["AUTUMN"],
      startDate: new Date("2027-09-01"),
      endDate: new Date("2028-01-31"),
    },
  });
  const coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: setup.department.id });
  // The host's coordinator as the international office registered them: the only kind of address a signing link goes to.
  const hostEmail = `host-${uniqueSuffix()}@partner.test`;
  await testDb().partnerContact.create({
    data: { partnerInstitutionId: setup.partner.id, name: "Anna Lindqvist", email: hostEmail, role: "INSTITUTIONAL_COORDINATOR" },
  });
  return { student, applicationId: id, coordinator, hostEmail };
}

/** The host recipient the home coordinator picks: the partner's first registered person. */
async function firstRecipient(versionId: string): Promise<string> {
  const { agreement } = await testDb().learningAgreementVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { agreement: { select: { applicationId: true } } },
  });
  return (await hostRecipients(agreement.applicationId))[0]?.key ?? "";
}

function signForHome(user: CurrentUser, input: { versionId: string; seenHash: string }) {
  return firstRecipient(input.versionId).then((hostRecipient) => signAsSendingInstitution(user, { ...input, hostRecipient }));
}

function reinviteForHome(user: CurrentUser, input: { versionId: string }) {
  return firstRecipient(input.versionId).then((hostRecipient) => reinviteHost(user, { ...input, hostRecipient }));
}

/** The token of the host's newest invitation still open, read from the e-mail it was sent in. */
async function hostToken(hostEmail: string): Promise<string> {
  return waitFor(async () => {
    const mails = await testDb().capturedEmail.findMany({ where: { to: hostEmail }, orderBy: { receivedAt: "desc" } });
    for (const mail of mails) {
      const token = mail.text.match(/\/la\/sign\/([A-Za-z0-9_-]+)/)?.[1];
      if (!token) continue;
      const invitation = await testDb().hostSigningInvitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
      if (invitation && !invitation.usedAt && !invitation.revokedAt) return token;
    }
    return null;
  });
}

async function proposedAgreement() {
  const setup = await nominatedStudent();
  const draft = await saveAgreementDraft(setup.student, { applicationId: setup.applicationId, revision: 0, content: content(setup.hostEmail) });
  await proposeAgreementVersion(setup.student, { applicationId: setup.applicationId, versionId: draft.versionId, revision: draft.revision });
  const agreement = (await getAgreementByApplication(setup.student, setup.applicationId))!;
  return { ...setup, agreement, version: agreement.versions.at(-1)! };
}

describe("three-party signatures", () => {
  it("is agreed when student, home and host have signed the same text; the PDF fills the dossier and goes to all three", async () => {
    const { student, applicationId, coordinator, hostEmail, version } = await proposedAgreement();
    expect(version.state).toBe("PROPOSED");
    expect(version.signatures.map((s) => s.party)).toEqual(["STUDENT"]);

    await signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash });
    await signAsReceivingInstitution({
      token: await hostToken(hostEmail),
      seenHash: version.contentHash,
      signerName: "Anna Lindqvist",
      signerPosition: "Erasmus coordinator",
    });

    const agreed = (await getAgreementByApplication(student, applicationId))!.versions.at(-1)!;
    expect(agreed.state).toBe("AGREED");
    expect(agreed.signatures.map((s) => [s.party, s.contentHash === agreed.contentHash])).toEqual([
      ["STUDENT", true],
      ["SENDING", true],
      ["RECEIVING", true],
    ]);
    expect(agreed.pdfFileId).toBeTruthy();
    const piece = await testDb().dossierPiece.findUniqueOrThrow({ where: { applicationId_kind: { applicationId, kind: "LEARNING_AGREEMENT" } } });
    expect(piece).toMatchObject({ status: "ACCEPTED", currentFileId: agreed.pdfFileId });
    expect((await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("LEARNING_AGREEMENT_SIGNED");
    for (const to of [student.email, "jean@home.test", hostEmail]) {
      const mail = await waitFor(() =>
        testDb().capturedEmail.findFirst({ where: { to, attachmentNames: { has: `learning-agreement-v${agreed.number}.pdf` } } }),
      );
      expect(mail).toBeTruthy();
    }
    // One e-mail tells the student, the one with their signed copy: no second one for the status it moves to.
    expect(await testDb().outboxEmail.count({ where: { to: student.email, subject: { contains: "signed by all three" } } })).toBe(1);

    // The signed copy follows the agreement's rule, not the dossier's: the grant commission, which reads the
    // selected applications, gets neither the file nor its place in the dossier's ZIP; the office gets both.
    const commission = await createUser("GRANT_COMMISSION");
    expect(await openDossierFile(commission, agreed.pdfFileId!)).toBeNull();
    const commissionZip = (await buildDossierZip(commission, applicationId))!;
    expect(Object.keys(commissionZip.zip.files).some((name) => name.includes("learning_agreement"))).toBe(false);
    const office = await createUser("INTERNATIONAL_OFFICE");
    expect(await openDossierFile(office, agreed.pdfFileId!)).not.toBeNull();
    expect(Object.keys((await buildDossierZip(office, applicationId))!.zip.files).some((name) => name.includes("learning_agreement"))).toBe(true);
  });

  it("refuses a signature on a version edited since the signer opened it, and keeps earlier signatures on the earlier version", async () => {
    const { student, applicationId, coordinator, hostEmail, version } = await proposedAgreement();
    const edited = content(hostEmail);
    edited.components.studied[1]!.credits = 10;
    await saveAgreementDraft(student, { applicationId, revision: version.revision, content: edited });
    await expect(signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash })).rejects.toMatchObject({
      code: "refused",
      detail: "stale_version",
    });
    const versions = (await getAgreementByApplication(student, applicationId))!.versions;
    expect(versions.map((v) => [v.number, v.state, v.signatures.map((s) => s.party)])).toEqual([
      [1, "SUPERSEDED", ["STUDENT"]],
      [2, "DRAFT", []],
    ]);
    expect(versions[1]!.contentHash).not.toBe(versions[0]!.contentHash);
  });

  it("refuses a host link after use, after expiry, after revocation, and for another version", async () => {
    const { coordinator, hostEmail, version } = await proposedAgreement();
    await signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash });
    const token = await hostToken(hostEmail);
    const invitation = await testDb().hostSigningInvitation.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(token) } });

    const other = await proposedAgreement();
    await expect(
      signAsReceivingInstitution({ token, seenHash: other.version.contentHash, signerName: "Anna", signerPosition: "Coordinator" }),
    ).rejects.toMatchObject({ detail: "stale_version" });

    await testDb().hostSigningInvitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(signAsReceivingInstitution({ token, seenHash: version.contentHash, signerName: "Anna", signerPosition: "Coordinator" })).rejects.toMatchObject(
      { detail: "invitation_expired" },
    );
    await testDb().hostSigningInvitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });

    await revokeInvitation(coordinator, { invitationId: invitation.id });
    await expect(signAsReceivingInstitution({ token, seenHash: version.contentHash, signerName: "Anna", signerPosition: "Coordinator" })).rejects.toMatchObject(
      { detail: "invitation_revoked" },
    );
    await testDb().hostSigningInvitation.update({ where: { id: invitation.id }, data: { revokedAt: null } });

    await signAsReceivingInstitution({ token, seenHash: version.contentHash, signerName: "Anna", signerPosition: "Coordinator" });
    await expect(signAsReceivingInstitution({ token, seenHash: version.contentHash, signerName: "Anna", signerPosition: "Coordinator" })).rejects.toMatchObject(
      { detail: "invitation_used" },
    );
    await expect(
      signAsReceivingInstitution({ token: "x".repeat(43), seenHash: version.contentHash, signerName: "Anna", signerPosition: "Coordinator" }),
    ).rejects.toMatchObject({ detail: "invitation_invalid" });
  });

  it("sends the host a new link on request, which closes the old one, only while the host's signature is awaited", async () => {
    const { coordinator, hostEmail, version } = await proposedAgreement();
    await expect(reinviteForHome(coordinator, { versionId: version.id })).rejects.toMatchObject({ detail: "stale_version" });
    await signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash });
    const first = await hostToken(hostEmail);
    await expect(
      reinviteForHome(await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: (await createRoundWithDestination()).department.id }), {
        versionId: version.id,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await reinviteForHome(coordinator, { versionId: version.id });
    await expect(
      signAsReceivingInstitution({ token: first, seenHash: version.contentHash, signerName: "Anna", signerPosition: "Coordinator" }),
    ).rejects.toMatchObject({ detail: "invitation_revoked" });
    const second = await hostToken(hostEmail);
    expect(second).not.toBe(first);
    await signAsReceivingInstitution({ token: second, seenHash: version.contentHash, signerName: "Anna", signerPosition: "Coordinator" });
    await expect(reinviteForHome(coordinator, { versionId: version.id })).rejects.toMatchObject({ detail: "stale_version" });
  });

  it("keeps a rejection's comment for the student and the home coordinator", async () => {
    const { student, applicationId, coordinator, hostEmail, version } = await proposedAgreement();
    await signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash });
    await rejectAsReceivingInstitution({
      token: await hostToken(hostEmail),
      seenHash: version.contentHash,
      signerName: "Anna Lindqvist",
      comment: "DV2 is not taught in autumn.",
    });
    for (const reader of [student, coordinator]) {
      const rejected = (await getAgreementByApplication(reader, applicationId))!.versions.at(-1)!;
      expect(rejected.state).toBe("REJECTED");
      expect(rejected.rejections).toEqual([expect.objectContaining({ party: "RECEIVING", comment: "DV2 is not taught in autumn." })]);
    }
  });

  it("asks the international office's approval before the home coordinator signs, where the round requires it", async () => {
    const { applicationId, coordinator, version } = await proposedAgreement();
    const application = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { roundId: true } });
    await testDb().applicationRound.update({ where: { id: application.roundId }, data: { learningAgreementNeedsOfficeApproval: true } });
    await expect(signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash })).rejects.toMatchObject({
      detail: "office_approval_required",
    });
    await expect(approveAsInternationalOffice(coordinator, { versionId: version.id, seenHash: version.contentHash })).rejects.toMatchObject({
      code: "forbidden",
    });
    await approveAsInternationalOffice(await createUser("INTERNATIONAL_OFFICE"), { versionId: version.id, seenHash: version.contentHash });
    await signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash });
    const signed = (await getAgreementByApplication(coordinator, applicationId))!.versions.at(-1)!;
    expect(signed.signatures.map((s) => s.party)).toEqual(["STUDENT", "SENDING"]);
  });

  it("lets only the application's own coordinators sign for the home institution", async () => {
    const { version } = await proposedAgreement();
    const other = await nominatedStudent();
    await expect(signForHome(other.coordinator, { versionId: version.id, seenHash: version.contentHash })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(signForHome(await createUser("GRANT_COMMISSION"), { versionId: version.id, seenHash: version.contentHash })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("the host's signing link", () => {
  it("goes to the registered person the home coordinator chose, never to the address the student wrote in the agreement", async () => {
    const setup = await nominatedStudent();
    // The attack: the student names themselves as the host's contact and proposes.
    const draft = await saveAgreementDraft(setup.student, { applicationId: setup.applicationId, revision: 0, content: content(setup.student.email) });
    await proposeAgreementVersion(setup.student, { applicationId: setup.applicationId, versionId: draft.versionId, revision: draft.revision });
    const version = (await getAgreementByApplication(setup.student, setup.applicationId))!.versions.at(-1)!;
    const recipients = await hostRecipientsFor(setup.coordinator, setup.applicationId);
    expect(recipients.map((r) => r.email)).toEqual([setup.hostEmail]);

    await signAsSendingInstitution(setup.coordinator, { versionId: version.id, seenHash: version.contentHash, hostRecipient: recipients[0]!.key });

    expect(await hostToken(setup.hostEmail)).toBeTruthy();
    const invitations = await testDb().hostSigningInvitation.findMany({ where: { versionId: version.id } });
    expect(invitations.map((i) => i.email)).toEqual([setup.hostEmail]);
    const toStudent = await testDb().capturedEmail.findMany({ where: { to: setup.student.email } });
    expect(toStudent.some((mail) => mail.text.includes("/la/sign/"))).toBe(false);
  });

  it("refuses any other recipient, and a signature when the partner has nobody registered, leaving nothing signed", async () => {
    const { student, applicationId, coordinator, version } = await proposedAgreement();
    const elsewhere = await nominatedStudent();
    const [foreign] = await hostRecipients(elsewhere.applicationId);
    for (const hostRecipient of [foreign!.key, `account:${student.id}`, "", "contact:nope"]) {
      await expect(signAsSendingInstitution(coordinator, { versionId: version.id, seenHash: version.contentHash, hostRecipient })).rejects.toMatchObject({
        detail: "host_recipient_unknown",
      });
    }
    const partnerId = (await testDb().destinationChoice.findFirstOrThrow({ where: { applicationId, rank: 1 } })).partnerInstitutionId;
    await testDb().partnerContact.deleteMany({ where: { partnerInstitutionId: partnerId } });
    await expect(signAsSendingInstitution(coordinator, { versionId: version.id, seenHash: version.contentHash, hostRecipient: "" })).rejects.toMatchObject({
      detail: "no_host_contact",
    });
    expect((await getAgreementByApplication(student, applicationId))!.versions.at(-1)!.signatures.map((s) => s.party)).toEqual(["STUDENT"]);
    expect(await testDb().hostSigningInvitation.count({ where: { versionId: version.id } })).toBe(0);
  });

  it("may also go to the partner's host-coordinator account, in that person's language", async () => {
    const { applicationId, coordinator, version } = await proposedAgreement();
    const partnerId = (await testDb().destinationChoice.findFirstOrThrow({ where: { applicationId, rank: 1 } })).partnerInstitutionId;
    const host = await createUser("HOST_COORDINATOR", { partnerInstitutionId: partnerId, locale: "en" });
    const account = (await hostRecipients(applicationId)).find((r) => r.key === `account:${host.id}`)!;
    expect(account).toMatchObject({ email: host.email, role: "HOST_ACCOUNT" });
    // A deactivated account receives nothing.
    const former = await createUser("HOST_COORDINATOR", { partnerInstitutionId: partnerId });
    await testDb().user.update({ where: { id: former.id }, data: { deactivatedAt: new Date() } });
    expect((await hostRecipients(applicationId)).some((r) => r.email === former.email)).toBe(false);
    await signAsSendingInstitution(coordinator, { versionId: version.id, seenHash: version.contentHash, hostRecipient: account.key });
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: host.email } }));
    expect(mail!.text).toMatch(/\/la\/sign\//);
    expect(mail!.subject).toMatch(/learning agreement/i);
  });

  it("is offered only to those who sign for the home institution on that application", async () => {
    const { student, applicationId, coordinator } = await proposedAgreement();
    const other = await nominatedStudent();
    expect(await hostRecipientsFor(coordinator, applicationId)).toHaveLength(1);
    for (const user of [student, other.coordinator, await createUser("GRANT_COMMISSION")]) expect(await hostRecipientsFor(user, applicationId)).toEqual([]);
  });
});

describe("changes during the mobility", () => {
  async function agreedAndArrived() {
    const setup = await proposedAgreement();
    await signForHome(setup.coordinator, { versionId: setup.version.id, seenHash: setup.version.contentHash });
    await signAsReceivingInstitution({
      token: await hostToken(setup.hostEmail),
      seenHash: setup.version.contentHash,
      signerName: "Anna",
      signerPosition: "Coordinator",
    });
    await testDb().outgoingApplication.update({ where: { id: setup.applicationId }, data: { status: "ARRIVED", arrivedAt: new Date() } });
    return setup;
  }

  it("go through all three again; a rejection never touches the agreed version", async () => {
    const { student, applicationId, coordinator, hostEmail } = await agreedAndArrived();
    await proposeAgreementChanges(student, {
      applicationId,
      changes: [
        { op: "deleted", table: "studied", componentId: "b", reasonCode: "timetable-conflict", reasonText: "Clashes with DV1" },
        {
          op: "inserted",
          table: "studied",
          component: { id: "c", losCode: "DV3", title: "Databases", term: "AUTUMN", credits: 15 },
          reasonCode: "substituting-deleted",
          reasonText: "",
        },
      ],
    });
    let versions = (await getAgreementByApplication(student, applicationId))!.versions;
    const change = versions.at(-1)!;
    expect(change).toMatchObject({ kind: "CHANGE", state: "PROPOSED" });
    expect(change.content.components.studied.map((c) => c.id)).toEqual(["a", "c"]);

    await signForHome(coordinator, { versionId: change.id, seenHash: change.contentHash });
    await rejectAsReceivingInstitution({ token: await hostToken(hostEmail), seenHash: change.contentHash, signerName: "Anna", comment: "DV3 is full." });
    versions = (await getAgreementByApplication(student, applicationId))!.versions;
    expect(versions.map((v) => v.state)).toEqual(["AGREED", "REJECTED"]);
    expect(versions[0]!.signatures.every((s) => s.valid)).toBe(true);

    await proposeAgreementChanges(student, {
      applicationId,
      changes: [{ op: "deleted", table: "studied", componentId: "b", reasonCode: "not-available", reasonText: "" }],
    });
    const second = (await getAgreementByApplication(student, applicationId))!.versions.at(-1)!;
    await signForHome(coordinator, { versionId: second.id, seenHash: second.contentHash });
    await signAsReceivingInstitution({ token: await hostToken(hostEmail), seenHash: second.contentHash, signerName: "Anna", signerPosition: "Coordinator" });
    versions = (await getAgreementByApplication(student, applicationId))!.versions;
    expect(versions.map((v) => v.state)).toEqual(["AGREED", "REJECTED", "AGREED"]);
  });

  it("are refused once the window after arrival has closed", async () => {
    const { student, applicationId } = await agreedAndArrived();
    await testDb().outgoingApplication.update({ where: { id: applicationId }, data: { arrivedAt: new Date(Date.now() - 40 * 86_400_000) } });
    await expect(
      proposeAgreementChanges(student, {
        applicationId,
        changes: [{ op: "deleted", table: "studied", componentId: "b", reasonCode: "not-available", reasonText: "" }],
      }),
    ).rejects.toMatchObject({ detail: "change_window_closed" });
  });

  it("makes the agreement impossible to delete once agreed", async () => {
    const { student, applicationId } = await agreedAndArrived();
    await expect(deleteAgreement(student, { applicationId })).rejects.toMatchObject({ detail: "agreement_already_agreed" });
  });
});

describe("the learning-agreement API", () => {
  it("is not readable by another student", async () => {
    const { agreement } = await proposedAgreement();
    const intruder = await newStudent();
    expect(await getAgreementByApplication(intruder, agreement.applicationId)).toBeNull();
  });

  it("can be deleted by the student before all three have signed", async () => {
    const { student, applicationId } = await proposedAgreement();
    await deleteAgreement(student, { applicationId });
    expect(await getAgreementByApplication(student, applicationId)).toBeNull();
  });

  it("is the portal's own JSON, named after EWP omobility-las: first version, signatures per party, and an open changes proposal", async () => {
    const { student, applicationId, coordinator, hostEmail, version } = await proposedAgreement();
    await signForHome(coordinator, { versionId: version.id, seenHash: version.contentHash });
    await signAsReceivingInstitution({
      token: await hostToken(hostEmail),
      seenHash: version.contentHash,
      signerName: "Anna Lindqvist",
      signerPosition: "Erasmus coordinator",
    });
    await testDb().outgoingApplication.update({ where: { id: applicationId }, data: { status: "ARRIVED", arrivedAt: new Date() } });
    await proposeAgreementChanges(student, {
      applicationId,
      changes: [{ op: "deleted", table: "studied", componentId: "b", reasonCode: "language-mismatch", reasonText: "Taught in Swedish" }],
    });
    const ewp = learningAgreementJson((await getAgreementByApplication(student, applicationId))!);
    expect(ewp.firstVersion?.componentsStudied[0]).toEqual({
      losCode: "DV1",
      title: "Distributed systems",
      term: "AUTUMN",
      credit: { scheme: "ects", value: 15 },
    });
    expect(ewp.firstVersion?.receivingHeiSignature).toMatchObject({
      signerName: "Anna Lindqvist",
      signerPosition: "Erasmus coordinator",
      signerEmail: hostEmail,
      signerApp: "erasmus-portal",
    });
    expect(ewp.firstVersion?.studentSignature?.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(ewp.approvedChanges).toBeNull();
    expect(ewp.changesProposal?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(ewp.changesProposal?.changes).toEqual([
      { type: "deleted", table: "studied", componentId: "b", reasonCode: "language-mismatch", reasonText: "Taught in Swedish" },
    ]);
    expect(ewp.changesProposal?.sendingHeiSignature).toBeNull();
  });
});
