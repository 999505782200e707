/**
 * The string formats the schemas use, checked for real: 2023-02-30 is not a
 * date and a date-time needs an offset (ajv-formats' "full" checks), plus the
 * time zone names the configuration accepts. The precompiled validators
 * (validators.generated.ts) import this object by name.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** ajv-formats' date and date-time: a check and a comparison. */
interface FormatDefinition {
  validate: (text: string) => boolean;
  compare: (a: string, b: string) => number | undefined;
}

/** The canonical zone names of the runtime's database, read once. */
let canonicalZones: Set<string> | undefined;

/**
 * True for a name the runtime's time zone database knows (the same database
 * Luxon reads), such as `Europe/London` or `UTC`. Offsets like `+01:00` are
 * not zone names, so they are refused by shape first. The canonical names
 * are looked up in the database's list; any other name (`UTC`, an alias such
 * as `Europe/Kiev`) is tried as a zone, which costs a lint about 15 ms the
 * first time because the runtime loads its locale data.
 */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A format check that remembers its answers. Records repeat the same few
 * hundred dates and timestamps thousands of times (every session has a date,
 * every action a due date, every signature a time), and each check is a
 * regular expression and a calendar test; a lookup is several times cheaper.
 */
function remembered(given: unknown): FormatDefinition {
  const format = given as FormatDefinition;
  const answers = new Map<string, boolean>();
  return {
    ...format,
    validate(text: string): boolean {
      let valid = answers.get(text);
      if (valid === undefined) {
        valid = format.validate(text);
        if (answers.size < 100_000) answers.set(text, valid);
      }
      return valid;
    },
  };
}

export const formats = {
  date: remembered(fullFormats.date),
  'date-time': remembered(fullFormats['date-time']),
  duration: fullFormats.duration,
  email: fullFormats.email,
  'iana-time-zone': isTimeZone,
};
