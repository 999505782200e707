import type { Rule } from '../../model.js';
import { idMismatch } from './id-mismatch.js';
import { parse } from './parse.js';
import { schema } from './schema.js';
import { unknownRef } from './unknown-ref.js';

/** Every rule, in the order SPEC §7 lists them. */
export const rules: Rule[] = [parse, schema, idMismatch, unknownRef];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
