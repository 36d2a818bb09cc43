/** ISO 3166-1 alpha-2 codes of the 27 member states of the European Union. */
export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;

/** The EEA states outside the EU named by the seed: Iceland, Liechtenstein, Norway. */
const EEA_NON_EU_STATES = ["IS", "LI", "NO"] as const;

/**
 * The seed's list ("Conditions de participation"): EU member states — the
 * PECO states, Cyprus and the Baltic states it names have all joined since —
 * and Iceland, Liechtenstein and Norway. A round may add more (the current
 * programme's associated countries).
 */
export const DEFAULT_ELIGIBLE_NATIONALITIES: readonly string[] = [...EU_MEMBER_STATES, ...EEA_NON_EU_STATES];

/** Nationals funded by their own national agency, counted here as non-grant-holders. */
export const OWN_AGENCY_NATIONALITIES = ["LU", "LI"] as const;

/** Every officially assigned ISO 3166-1 alpha-2 code. */
export const ISO_COUNTRY_CODES: readonly string[] = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

export function isCountryCode(code: string): boolean {
  return ISO_COUNTRY_CODES.includes(code);
}
