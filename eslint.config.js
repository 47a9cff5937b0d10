import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'public/corpus', 'src/routeTree.gen.ts', 'artifacts', 'bench/out'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Corpus text is rendered as text only.',
        },
      ],
    },
  },
  {
    // One-way imports (DESIGN.md): nothing imports routes or tests; the corpus layer depends on zod only.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/routes/*', '**/routes/*', '**/tests/*'],
              message: 'Nothing imports routes or tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/corpus/**/*.ts', 'src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                '@/stores/*',
                '@/features/*',
                '@/routes/*',
                '@/compiler/*',
                'node:*',
              ],
              message: 'corpus and lib are pure and shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/features/**/*.{ts,tsx}',
      'src/stores/**/*.ts',
      'src/search/**/*.ts',
      'src/components/**/*.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/compiler/*', 'node:*'],
              message: 'App code must not import the Node-only compiler.',
            },
          ],
        },
      ],
    },
  },
)
