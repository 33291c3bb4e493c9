import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'docs/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // The harness reaches into browser globals that have no types in Node.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Scripts of the test site's pages run in the browser, not in Node.
    files: ['tests/e2e/site/**/*.js'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', URL: 'readonly', Blob: 'readonly' },
    },
  },
);
