import nextVitals from 'eslint-config-next/core-web-vitals';
import drizzle from 'eslint-plugin-drizzle';
import tseslint from 'typescript-eslint';

const NO_TOOLS = { group: ['@/tools/*', '@/scripts/*'], message: 'the product must not import tools/ or scripts/.' };
const NO_DAL = {
  group: ['@/lib/dal', '@/lib/dal/*', '**/dal', '**/dal/*'],
  message: "lib/dal is the UI's door: domain logic and background work ask lib/policy (rules) and db/queries (SQL) instead.",
};
const POLICY_ONLY_DB = [
  { group: ['@/lib/*', '!@/lib/policy', '!@/lib/policy/*'], message: 'lib/policy imports only db/ (and pure libraries such as drizzle-orm).' },
  { group: ['@/app/*', '@/components/*'], message: 'lib/policy imports only db/ (and pure libraries such as drizzle-orm).' },
];

export default tseslint.config(
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  ...nextVitals,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { drizzle },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  {
    // No import cycles anywhere: arrows point down (app → components → lib/{actions,dal} →
    // lib/{policy,<domain>} → db). Type-only imports are not cycles at run time and are ignored.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    // Only our own files are followed (parsing node_modules would take minutes).
    settings: { 'import/ignore': ['node_modules'] },
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Import boundaries. ESLint applies only the LAST matching block's `no-restricted-imports`, so each
  // block below repeats the patterns of the broader ones before it (narrowest last).
  {
    // Tools out of the product: evaluation and benchmark code (tools/) and the CLIs (scripts/) use
    // the app's code, never the other way round.
    files: ['app/**', 'lib/**', 'db/**', 'instrumentation.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TOOLS] }] },
  },
  {
    // Layer boundary: domain logic and background work ask lib/policy, never the UI's door (lib/dal).
    files: ['lib/{matching,themes,jobs,exchange,policy,notifications}/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TOOLS, NO_DAL] }] },
  },
  {
    // lib/policy decides from the Viewer and the database only: it imports db/ and itself.
    files: ['lib/policy/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_TOOLS, NO_DAL, ...POLICY_ONLY_DB] }] },
  },
  {
    // Import boundary: UI components never reach into the database layer.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [NO_TOOLS, { group: ['@/db/*', '@/db'], message: 'components/ must not import db/: go through lib/dal.' }] },
      ],
    },
  },
);
