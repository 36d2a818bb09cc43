import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** The layers, as import rules: see README "Architecture". */
const layers = [
  {
    // Pure rules: no database, no framework, nothing that runs only on a server.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/*", "**/lib/server/*"], message: "lib/domain is pure: it never reads the database or the session." },
            { group: ["next", "next/*", "react", "react-dom", "react/*", "server-only"], message: "lib/domain knows no framework." },
            { group: ["@/components/*", "@/app/*"], message: "lib/domain knows no screen." },
          ],
        },
      ],
    },
  },
  {
    // Components run in the browser or render what a page loaded: they see the server layer's types only.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*"],
              allowTypeImports: true,
              message: "components/ imports only types from lib/server: pages load the data, actions change it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Routes are glue: every read and write goes through an operation of lib/server, which checks access.
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/db/*"], allowTypeImports: true, message: "app/ never touches the database client: call an operation of lib/server." },
          ],
        },
      ],
    },
  },
];

const config = [
  ...next,
  ...nextTs,
  ...layers,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  { ignores: [".next/**", "lib/server/db/generated/**", ".data/**", "test-results/**"] },
];

export default config;
