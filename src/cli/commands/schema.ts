/**
 * `supv schema [KIND]`: print a JSON Schema, for editors and other tools.
 * Without a kind, list the kinds with what each describes.
 */
import { SCHEMA_NAMES, commonSchema, isSchemaName, schemaFor } from '../../validate/schemas.js';

export async function schemaCommand(
  kind: string | undefined,
  io: { stdout(s: string): void; stderr(s: string): void },
): Promise<number> {
  if (kind === undefined) {
    const width = Math.max(...SCHEMA_NAMES.map((name) => name.length));
    const lines = SCHEMA_NAMES.map((name) => `${name.padEnd(width)}  ${firstSentence(schemaFor(name).description)}`);
    // `common` holds the definitions the others refer to by $ref; an editor needs it too.
    lines.push(`${'common'.padEnd(width)}  ${firstSentence(commonSchema().description)}`);
    io.stdout(`${lines.join('\n')}\n\nPrint one with: supv schema KIND\n`);
    return 0;
  }
  if (kind === 'common') {
    io.stdout(`${JSON.stringify(commonSchema(), null, 2)}\n`);
    return 0;
  }
  if (!isSchemaName(kind)) {
    io.stderr(`supv schema: unknown kind "${kind}"; choose one of ${[...SCHEMA_NAMES, 'common'].join(', ')}\n`);
    return 2;
  }
  io.stdout(`${JSON.stringify(schemaFor(kind), null, 2)}\n`);
  return 0;
}

function firstSentence(text: string | undefined): string {
  return (text ?? '').split(/(?<=\.)\s/)[0] ?? '';
}
