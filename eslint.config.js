// Lint rules, including the layering rule: src/web and src/shared never import src/server,
// and src/shared imports neither src/server nor src/web.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const serverImport = { group: ['**/server/**', '**/server'], message: 'src/web and src/shared must not import src/server.' };
const webImport = { group: ['**/web/**', '**/web'], message: 'src/shared must not import src/web.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  // Migrations are frozen and typed against no app code, as Kysely<any> (see DESIGN.md).
  { files: ['src/server/db/migrations/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['src/web/**'], rules: { 'no-restricted-imports': ['error', { patterns: [serverImport] }] } },
  { files: ['src/shared/**'], rules: { 'no-restricted-imports': ['error', { patterns: [serverImport, webImport] }] } },
);
