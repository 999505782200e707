/** Fill `{name}` placeholders in a rule's message template. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** `/cases/0/status` → `cases[0].status`: how a person would name the field. */
export function fieldName(pointer: string): string {
  let name = '';
  for (const segment of pointer.replace(/^\//, '').split('/')) {
    if (segment === '') continue;
    name += /^\d+$/.test(segment) ? `[${segment}]` : name ? `.${segment}` : segment;
  }
  return name;
}
