/*
 * The official national languages of countries a mobility may go to (ISO
 * 3166-1 alpha-2 → ISO 639-1), for the grant commission's linguistic
 * criterion: the Erasmus+ programme countries and the partner countries the
 * office most often works with. Regional and minority languages are left
 * out; a language official nationwide, even alongside others, is in.
 */
export const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  // EU member states
  AT: ["de"],
  BE: ["nl", "fr", "de"],
  BG: ["bg"],
  CY: ["el", "tr"],
  CZ: ["cs"],
  DE: ["de"],
  DK: ["da"],
  EE: ["et"],
  ES: ["es"],
  FI: ["fi", "sv"],
  FR: ["fr"],
  GR: ["el"],
  HR: ["hr"],
  HU: ["hu"],
  IE: ["ga", "en"],
  IT: ["it"],
  LT: ["lt"],
  LU: ["lb", "fr", "de"],
  LV: ["lv"],
  MT: ["mt", "en"],
  NL: ["nl"],
  PL: ["pl"],
  PT: ["pt"],
  RO: ["ro"],
  SE: ["sv"],
  SI: ["sl"],
  SK: ["sk"],
  // Third countries associated to the programme
  IS: ["is"],
  LI: ["de"],
  MK: ["mk", "sq"],
  NO: ["no"],
  RS: ["sr"],
  TR: ["tr"],
  // Partner countries
  AL: ["sq"],
  AR: ["es"],
  AU: ["en"],
  BA: ["bs", "hr", "sr"],
  BR: ["pt"],
  CA: ["en", "fr"],
  CH: ["de", "fr", "it", "rm"],
  CL: ["es"],
  CN: ["zh"],
  CO: ["es"],
  DZ: ["ar"],
  EG: ["ar"],
  GB: ["en"],
  GE: ["ka"],
  IL: ["he"],
  IN: ["hi", "en"],
  JP: ["ja"],
  KR: ["ko"],
  LB: ["ar"],
  MA: ["ar"],
  MD: ["ro"],
  MX: ["es"],
  NZ: ["en", "mi"],
  SN: ["fr"],
  TN: ["ar"],
  UA: ["uk"],
  US: ["en"],
  VN: ["vi"],
};

/** The official languages of a country, empty when the table does not know it. */
export function officialLanguages(countryCode: string): readonly string[] {
  return COUNTRY_LANGUAGES[countryCode.toUpperCase()] ?? [];
}
