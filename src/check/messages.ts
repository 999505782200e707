import { fieldInWords } from '../util/field-words.js';

/** Fill `{name}` placeholders in a rule's message template. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** `/cases/0/status` → "`status` of case 1": how a person would name the field (src/util/field-words.ts). */
export function fieldName(pointer: string): string {
  return fieldInWords(pointer.replace(/^\//, '').split('/').filter((segment) => segment !== '').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}
