import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", "lib/server/db/generated/**", ".data/**", "test-results/**"] },
];

export default config;
