import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the server's schema files. The generated folder
// src/gql/ is not committed: `npm run build` and `npm test` regenerate it.
const config: CodegenConfig = {
  schema: '../graph/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: {
          Cents: { input: 'number', output: 'number' },
          Date: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
        },
      },
    },
  },
};

export default config;
