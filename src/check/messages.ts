import { fieldInWords } from '../util/field-words.js';

/** Templates split at their placeholders (text, name, text, ...), once each: every finding fills one. */
const splitTemplates = new Map<string, string[]>();

/** Fill `{name}` placeholders in a rule's message template. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = splitTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    // Rules' templates are few; anything else is split every time rather than kept.
    if (splitTemplates.size < 1000) splitTemplates.set(template, parts);
  }
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    message += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return message;
}

/** `/cases/0/status` → "`status` of case 1": how a person would name the field (src/util/field-words.ts). */
export function fieldName(pointer: string): string {
  return fieldInWords(pointer.replace(/^\//, '').split('/').filter((segment) => segment !== '').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}
