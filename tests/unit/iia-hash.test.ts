import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { iiaHashes } from "@/lib/server/ewp/iia-hash";

const KIT = path.join(import.meta.dirname, "../../lib/server/ewp/specs/ewp-specs-api-iias");
const read = (file: string) => readFileSync(path.join(KIT, file), "utf8");
const published = (xml: string) => [...xml.matchAll(/<iia-hash>([0-9a-f]{64})<\/iia-hash>/g)].map((m) => m[1]);

/** The text the spec's XSLT kit gives for its v7 example (resources/xsltKit/README.md). */
const KIT_TEXT =
  "_iia-id_1=0f7a5682-faf7-49a7-9cc7-ec486c49a281__iia-id_2=1954991__cooperation-conditions.student-studies-mobility-spec.sending-hei-id=uw.edu.pl__cooperation-conditions.student-studies-mobility-spec.sending-ounit-id=140__cooperation-conditions.student-studies-mobility-spec.receiving-hei-id=hibo.no__student-studies-mobility-spec.subject-area.isced-f-code=031__student-studies-mobility-spec.subject-area.isced-clarification=Social and behavioural sciences__cooperation-conditions.student-studies-mobility-spec.total-months-per-year=5__cooperation-conditions.student-studies-mobility-spec.blended=false__cooperation-conditions.student-studies-mobility-spec.eqf-level=7__cooperation-conditions.student-studies-mobility-spec.eqf-level=8__receiving-first-academic-year-id=2014/2015__receiving-last-academic-year-id=2020/2021__cooperation-conditions.staff-teacher-mobility-spec.sending-hei-id=uw.edu.pl__cooperation-conditions.staff-teacher-mobility-spec.sending-ounit-id=140__cooperation-conditions.staff-teacher-mobility-spec.receiving-hei-id=hibo.no__cooperation-conditions.staff-teacher-mobility-spec.mobilities-per-year=2__staff-teacher-mobility-spec.recommended-language-skill.language=en__staff-teacher-mobility-spec.recommended-language-skill.cefr-level=C1__staff-teacher-mobility-spec.subject-area.isced-f-code=0314__cooperation-conditions.staff-teacher-mobility-spec.total-days-per-year=8__receiving-first-academic-year-id=2016/2017__receiving-last-academic-year-id=2017/2018_";

describe("the IIA v7 hash, ported from the specification's XSLT", () => {
  it("gives the kit's text for its v7 example, and the hash the example publishes", () => {
    const xml = read("resources/xsltKit/get-response-v7.xml");
    const [iia] = iiaHashes(xml);
    expect(iia!.iiaId).toBe("0f7a5682-faf7-49a7-9cc7-ec486c49a281");
    expect(iia!.textToHash).toBe(KIT_TEXT);
    expect(iia!.iiaHash).toBe(published(xml)[0]);
    // The example carries a v6 ISCED code: it may not be approved as it is.
    expect(iia!.validForApproval).toBe(false);
  });

  it("gives the hash the API's own get-response example publishes", () => {
    const xml = read("endpoints/get-response-example.xml");
    expect(iiaHashes(xml).map((i) => i.iiaHash)).toEqual(published(xml));
  });

  it("changes with a condition, not with a contact", () => {
    const xml = read("resources/xsltKit/get-response-v7.xml");
    const [before] = iiaHashes(xml);
    expect(iiaHashes(xml.replace("<total-months-per-year>5</total-months-per-year>", "<total-months-per-year>6</total-months-per-year>"))[0]!.iiaHash).not.toBe(
      before!.iiaHash,
    );
    const otherContact = xml.replace("<c:contact-name>XYZ</c:contact-name>", "<c:contact-name>Someone else</c:contact-name>");
    expect(otherContact).not.toBe(xml);
    expect(iiaHashes(otherContact)[0]!.iiaHash).toBe(before!.iiaHash);
  });
});
