import { NS, xmlDocument } from "./namespaces";

/** A department as an organisational unit: its id, and its name as the human-readable code. */
export type OunitInput = { id: string; name: string };

/** OUnits v2: the departments asked for, in the order asked; unknown ones are left out. */
export function ounitsResponseXml(ounits: OunitInput[]): string {
  return xmlDocument({
    "ounits-response": {
      "@xmlns": NS.ounits,
      ounit: ounits.map((o) => ({ "ounit-id": o.id, "ounit-code": o.name, name: o.name })),
    },
  });
}
