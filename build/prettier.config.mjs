// One formatting style for the whole repository; `npm test` fails on unformatted files.
export default {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
};
