import nextVitals from 'eslint-config-next/core-web-vitals';
import drizzle from 'eslint-plugin-drizzle';
import tseslint from 'typescript-eslint';

const NO_TOOLS = { group: ['@/tools/*', '@/scripts/*'], message: 'the product must not import tools/ or scripts/.' };
const NO_DAL = {
  group: ['@/lib/dal', '@/lib/dal/*', '**/dal', '**/dal/*'],
  message: "lib/dal is the UI's door: domain logic and background work ask lib/policy (rules) and db/queries (SQL) instead.",
};
// One home for SQL: db/queries/<domain>.ts. The layers that compose queries (the DAL, and the domain
// code that used to write its own SQL) may not write it: no query builder or SQL templates
// (drizzle-orm), no tables (db/schema's lower-case exports; its UPPER_CASE value lists are fine),
// nothing of db/client but getDb (to pass into queries), no db/sql fragments. Type imports are fine
// (a policy rule arrives as an `SQL` and is passed on). A transaction is run with db/transaction.ts.
const NO_SQL_MESSAGE = 'SQL lives in db/queries/<domain>.ts: call a query function (pass it getDb() or the tx), do not build SQL here.';
const NO_SQL = [
  { group: ['drizzle-orm', 'drizzle-orm/*'], allowTypeImports: true, message: NO_SQL_MESSAGE },
  { group: ['@/db/schema', '**/db/schema'], allowTypeImports: true, allowImportNamePattern: '^[A-Z][A-Z0-9_]*$', message: NO_SQL_MESSAGE },
  { group: ['@/db/client', '**/db/client'], allowTypeImports: true, allowImportNames: ['getDb'], message: NO_SQL_MESSAGE },
  { group: ['@/db/sql', '**/db/sql'], allowTypeImports: true, message: NO_SQL_MESSAGE },
];
// getDb() is handed to a query function, never used to build a query in place.
const NO_QUERY_ON_GETDB = {
  selector: "MemberExpression[object.type='CallExpression'][object.callee.name='getDb']",
  message: 'getDb() is passed to a db/queries function; the query itself lives there.',
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
    // One home for SQL (see NO_SQL above). Its own rule key (the typescript-eslint variant, which
    // knows type-only imports), so it stacks with the import boundaries above instead of replacing them.
    files: ['lib/dal/**', 'lib/exchange/**', 'lib/jobs/**', 'lib/themes/**', 'lib/auth/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: NO_SQL }],
      'no-restricted-syntax': ['error', NO_QUERY_ON_GETDB],
    },
  },
  {
    // Auth.js's Drizzle adapter is handed the auth tables themselves (it writes users, accounts and
    // sign-in tokens); that is configuration, not a query, so config.ts may import those tables.
    files: ['lib/auth/config.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
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
