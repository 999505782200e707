/**
 * The one set of Ajv options supv validates with. The schemas are compiled
 * ahead of time with these options (scripts/generate-types.mjs writes
 * validators.generated.ts), so they live apart from the code that runs them.
 */
export const AJV_OPTIONS = {
  strict: true,
  allErrors: true,
  // A key such as `__proto__` or `constructor` must be judged as the file's own field, never inherited.
  ownProperties: true,
  // A tier is a duration or a list of stages: a union type (see config.schema.json).
  allowUnionTypes: true,
  validateFormats: true,
} as const;
