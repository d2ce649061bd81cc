// ESLint flat config: type-aware typescript-eslint, the rules of hooks, and feature boundaries.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = new URL('./src/features/', import.meta.url);
const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * A feature (src/features/<a>) may use its own files and the shared code (src/components, src/lib,
 * src/app, src/i18n) but never another feature: what two features need goes to the shared folders.
 * Through the alias that is "@/features/<b>"; relatively it is any "../" that climbs out of the
 * feature folder, so inside a feature shared code is imported through "@/" and own files relatively.
 * One block per feature and folder depth, because no-restricted-imports options do not merge.
 */
function featureBoundaries(feature) {
  const otherFeature = {
    group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`],
    message: 'A feature must not import another feature; move what both need to src/components or src/lib.',
  };
  // Depth 0 is the feature folder itself (feature.tsx); one more "../" than the depth leaves the feature.
  return [0, 1, 2, 3].map((depth) => ({
    files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            otherFeature,
            {
              regex: `^(\\.\\./){${depth + 1},}`,
              message: 'Leaves the feature folder: import shared code through "@/" and never another feature.',
            },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'e2e/artifacts/**', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['e2e/**/*.mjs'],
    // The journeys hand functions to the browser (page.evaluate), where these globals exist.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // React calls event handlers and ignores what they return; an async handler is the usual way
      // to await a request in one. Promises handed anywhere else are still checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // `const { a: _a, ...rest } = x` drops a property on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...features.flatMap(featureBoundaries),
);
