// ESLint (flat config). `npm run lint` runs it, and CI (.ci/run) fails when it fails.
//
// The regexp rules guard against regular expressions whose time grows faster than their
// input (issue 15): resdiff runs on drafts submitted by anyone, and one line of 32 `*` used to
// hang it. In src/ both super-linear rules are errors. A disable comment for one of them must
// say why the pattern is safe and how long the input it sees can be, e.g.
//   // eslint-disable-next-line regexp/no-super-linear-move -- `lead` is at most 80 characters
// Where a regular expression cannot say it in linear time, scan by hand (src/scan.ts).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.node}},
    rules: {
      // resdiff matches control characters on purpose: to escape them for a terminal or drop
      // them from XML.
      'no-control-regex': 'off',
      // Tests and scripts run on our own files; only src/ sees hostile input.
      'regexp/no-super-linear-backtracking': 'off',
      'regexp/no-super-linear-move': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'regexp/no-super-linear-backtracking': ['error', {report: 'potential'}],
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The binary's entry is CommonJS (bin/package.json): it starts without the ES module loader;
    // so is the test helper that runs several commands through it in one process.
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: {sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    // The browser tests evaluate functions inside the page.
    files: ['test/**/*.ts', 'scripts/**/*.js'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // Test files share their worker's modules and process (vitest.config.ts, isolate: false):
    // a test that changes the environment must do it through runCli's `env`, which restores it.
    files: ['test/**/*.ts'],
    ignores: ['test/helpers/cli.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.object.object.name='process'][left.object.property.name='env']",
          message: 'Set variables for one run with runCli(args, {env}); test files share their process.',
        },
        {
          selector: "UnaryExpression[operator='delete'][argument.object.object.name='process']",
          message: 'Unset variables for one run with runCli(args, {env: {NAME: undefined}}).',
        },
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|stubEnv|stubGlobal)$/]",
          message: 'Test files share their modules (isolate: false); do not mock or stub them.',
        },
      ],
    },
  },
)
