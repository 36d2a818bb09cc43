/**
 * Fills a database with a realistic load: 20,000 outgoing applications over
 * 5 rounds, 150,000 dossier pieces (metadata only), 2,000 learning agreements
 * with versions and 500 incoming applications. Multi-row inserts keep it
 * to a minute or two.
 */
import { createHash, randomUUID } from "node:crypto";
import { Client } from "pg";

const APPLICATIONS = 20_000;
const ROUNDS = 5;
const PIECES_PER_APPLICATION = 7.5;
const AGREEMENTS = 2_000;
const INCOMING = 500;
const STATUSES = ["SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED", "NOMINATED", "LEARNING_AGREEMENT_SIGNED"];
const KINDS = [
  "MOTIVATION_LETTER",
  "ACADEMIC_RECORD",
  "EXAM_REGISTRATION",
  "ECTS_APPLICATION_FORM",
  "ECTS_TRANSCRIPT",
  "STUDENT_CONTRACT",
  "STUDENT_CARD",
  "SCHOLARSHIP_NOTIFICATION",
];
const NAMES = [
  "Martin",
  "Bernard",
  "Thomas",
  "Petit",
  "Robert",
  "Richard",
  "Durand",
  "Dubois",
  "Moreau",
  "Laurent",
  "Simon",
  "Michel",
  "Lefebvre",
  "Leroy",
  "Roux",
  "David",
];
const FIRST = ["Camille", "Léa", "Hugo", "Lucas", "Chloé", "Inès", "Jules", "Emma", "Louis", "Manon"];

async function insert(client: Client, table: string, columns: string[], rows: unknown[][], onConflict = ""): Promise<void> {
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => `(${row.map((value) => `$${values.push(value)}`).join(",")})`);
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")} ${onConflict}`, values);
  }
}

export async function generateLoad(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query(`SELECT count(*)::int AS n FROM "OutgoingApplication"`);
    if (existing.rows[0].n >= APPLICATIONS) return false;
    const programmes = (await client.query(`SELECT id FROM "Programme"`)).rows.map((r) => r.id as string);
    const partners = (await client.query(`SELECT id FROM "PartnerInstitution"`)).rows.map((r) => r.id as string);
    const now = Date.now();
    const rounds = Array.from({ length: ROUNDS }, (_, i) => [
      `bench-round-${i}`,
      `Bench round ${2022 + i}`,
      `${2022 + i}-${2023 + i}`,
      "{AUTUMN,SPRING}",
      new Date(now - (400 + i) * 86_400_000),
      new Date(now - (300 + i) * 86_400_000),
    ]);
    await insert(client, "ApplicationRound", ["id", "name", "academicYear", "semesters", "opensAt", "deadline"], rounds);
    await insert(
      client,
      "RoundDestination",
      ["roundId", "partnerInstitutionId", "places"],
      rounds.flatMap(([roundId]) => partners.map((p) => [roundId, p, 5])),
    );

    const users: unknown[][] = [];
    const applications: unknown[][] = [];
    const choices: unknown[][] = [];
    for (let i = 0; i < APPLICATIONS; i++) {
      const userId = `bench-user-${i}`;
      const lastName = `${NAMES[i % NAMES.length]}${i}`;
      const firstName = FIRST[i % FIRST.length]!;
      users.push([userId, `bench${i}@student.test`, `${firstName} ${lastName}`, "unused", "STUDENT", String(40_000_000 + i)]);
      applications.push([
        `bench-app-${i}`,
        userId,
        `bench-round-${i % ROUNDS}`,
        STATUSES[i % STATUSES.length],
        firstName,
        lastName,
        "FR",
        programmes[i % programmes.length],
        i % 3 === 0,
        i % 4 === 0 ? "ACCEPTED" : i % 4 === 1 ? "COMPLETE" : "INCOMPLETE",
        new Date(now - (i % 300) * 86_400_000),
        new Date(),
        120,
        "yes",
      ]);
      choices.push([`bench-choice-${i}`, `bench-app-${i}`, 1, partners[i % partners.length], "{AUTUMN}", new Date("2027-09-01"), new Date("2028-01-31")]);
    }
    await insert(client, "User", ["id", "email", "name", "passwordHash", "role", "studentNumber"], users);
    await insert(
      client,
      "OutgoingApplication",
      [
        "id",
        "studentId",
        "roundId",
        "status",
        "firstName",
        "lastName",
        "nationality",
        "programmeId",
        "scholarshipHolder",
        "applicationPiecesState",
        "submittedAt",
        "updatedAt",
        "creditsCompleted",
        "fullRecognition",
      ],
      applications,
    );
    await insert(client, "DestinationChoice", ["id", "applicationId", "rank", "partnerInstitutionId", "semesters", "startDate", "endDate"], choices);

    const pieces: unknown[][] = [];
    const files: unknown[][] = [];
    const total = Math.round(APPLICATIONS * PIECES_PER_APPLICATION);
    for (let n = 0; n < total; n++) {
      const app = n % APPLICATIONS;
      const kind = KINDS[Math.floor(n / APPLICATIONS)]!;
      pieces.push([`bench-piece-${n}`, `bench-app-${app}`, kind, n % 3 === 0 ? "ACCEPTED" : "UPLOADED", new Date()]);
      files.push([
        `bench-file-${n}`,
        `bench/${randomUUID()}`,
        createHash("sha256").update(String(n)).digest("hex"),
        1024,
        "application/pdf",
        `${kind}.pdf`,
        `bench-user-${app}`,
        `bench-piece-${n}`,
      ]);
    }
    await insert(client, "DossierPiece", ["id", "applicationId", "kind", "status", "updatedAt"], pieces);
    await insert(client, "StoredFile", ["id", "storageKey", "sha256", "size", "contentType", "originalName", "uploadedById", "pieceId"], files);

    const agreements: unknown[][] = [];
    const versions: unknown[][] = [];
    for (let i = 0; i < AGREEMENTS; i++) {
      agreements.push([`bench-la-${i}`, `bench-app-${i * 10}`]);
      for (let v = 1; v <= 2; v++) {
        const content = { components: { studied: [{ id: "a", losCode: "X1", title: "Course", term: "AUTUMN", credits: 30 }], recognized: [], virtual: [] } };
        versions.push([
          `bench-lav-${i}-${v}`,
          `bench-la-${i}`,
          v,
          v === 1 ? "FIRST" : "CHANGE",
          v === 1 ? "AGREED" : "PROPOSED",
          JSON.stringify(content),
          createHash("sha256").update(`${i}-${v}`).digest("hex"),
        ]);
      }
    }
    await insert(client, "LearningAgreement", ["id", "applicationId"], agreements);
    await insert(client, "LearningAgreementVersion", ["id", "agreementId", "number", "kind", "state", "content", "contentHash"], versions);

    const cvFiles: unknown[][] = [];
    const incoming: unknown[][] = [];
    for (let i = 0; i < INCOMING; i++) {
      cvFiles.push([
        `bench-cv-${i}`,
        `bench/${randomUUID()}`,
        createHash("sha256").update(`cv${i}`).digest("hex"),
        2048,
        "application/pdf",
        "cv.pdf",
        "incoming",
      ]);
      incoming.push([
        `bench-in-${i}`,
        createHash("sha256").update(`token${i}`).digest("hex"),
        "Petra",
        `Novak${i}`,
        `in${i}@student.test`,
        "Uniwersytet Jagielloński",
        "PL KRAKOW01",
        "Mechatronics",
        i % 2 ? "AUTUMN" : "SPRING",
        "2027-2028",
        "[]",
        `bench-cv-${i}`,
      ]);
    }
    await insert(client, "StoredFile", ["id", "storageKey", "sha256", "size", "contentType", "originalName", "uploadedById"], cvFiles);
    await insert(
      client,
      "IncomingApplication",
      [
        "id",
        "accessTokenHash",
        "firstName",
        "lastName",
        "email",
        "homeInstitution",
        "homeErasmusCode",
        "fieldOfStudy",
        "semester",
        "academicYear",
        "languages",
        "cvFileId",
      ],
      incoming,
    );
    await client.query("ANALYZE");
    return true;
  } finally {
    await client.end();
  }
}

const DRAFT_WRITERS = 10;

/**
 * Students with a draft each in the open demo round, who save and upload
 * during the benchmark; they sign in with the demo password.
 */
export async function prepareDraftWriters(databaseUrl: string): Promise<Array<{ email: string; applicationId: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const {
      rows: [demo],
    } = await client.query(`SELECT "passwordHash" FROM "User" WHERE email = 'student@demo.erasmus.test'`);
    const {
      rows: [round],
    } = await client.query(`SELECT id FROM "ApplicationRound" WHERE "opensAt" <= now() AND deadline > now() ORDER BY deadline LIMIT 1`);
    const writers = Array.from({ length: DRAFT_WRITERS }, (_, i) => ({
      email: `bench-writer${i}@student.test`,
      applicationId: `bench-draft-${i}`,
      userId: `bench-writer-${i}`,
    }));
    await insert(
      client,
      "User",
      ["id", "email", "name", "passwordHash", "role", "studentNumber", "locale"],
      writers.map((w, i) => [w.userId, w.email, `Writer ${i}`, demo.passwordHash, "STUDENT", String(49_000_000 + i), "en"]),
      "ON CONFLICT DO NOTHING",
    );
    await insert(
      client,
      "OutgoingApplication",
      ["id", "studentId", "roundId", "updatedAt"],
      writers.map((w) => [w.applicationId, w.userId, round.id, new Date()]),
      "ON CONFLICT DO NOTHING",
    );
    // Each run starts from version 1, as the draft-save loop expects.
    await client.query(`UPDATE "OutgoingApplication" SET version = 1 WHERE id = ANY($1)`, [writers.map((w) => w.applicationId)]);
    return writers;
  } finally {
    await client.end();
  }
}
