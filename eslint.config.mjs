// ESLint flat config. `npm run lint` runs it with --max-warnings 0 as the first step of `npm test`.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Layers point one way: app → components → lib (README "Working on the code").
// Each pattern also catches the same path written relatively ("../../app/…").
const APP = { regex: "^(@/|(\\.\\./)+)app(/|$)", message: "Only app/ imports from app/: pass server actions to components as props." };
const COMPONENTS = { regex: "^(@/|(\\.\\./)+)components(/|$)", message: "lib/ is the domain and never imports UI from components/." };
const DB = {
  regex: "^(@/|(\\.\\./)+)lib/db(\\.ts)?$",
  message: "Pages and components read through lib/data/<entity>.ts, never the Prisma client.",
};
const restrict = (...patterns) => ["error", { patterns }];

export default tseslint.config(
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", ".data/**", ".data-*/**", "test-results/**", "playwright-report/**"] },
  ...nextVitals,
  ...nextTs,
  {
    // eslint-config-next registers the jsx-a11y and react-hooks plugins but turns on only a few of their
    // rules; take the plugins' whole recommended sets (rules only: the plugins are already registered).
    rules: { ...jsxA11y.flatConfigs.recommended.rules, ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      // next/typescript lowers these to warnings; with --max-warnings 0 say plainly that they fail.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    // Tests read arbitrary JSON bodies and probe bad input; a wrong shape still fails the assertion.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  { files: ["lib/**"], rules: { "no-restricted-imports": restrict(APP, COMPONENTS) } },
  { files: ["components/**"], rules: { "no-restricted-imports": restrict(APP, DB) } },
  { files: ["app/**"], rules: { "no-restricted-imports": restrict(DB) } },
  { files: ["proxy.ts", "instrumentation.ts", "scripts/**", "prisma/**"], rules: { "no-restricted-imports": restrict(APP) } },
);
