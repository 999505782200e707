/**
 * The string formats the schemas use, checked for real: 2023-02-30 is not a
 * date and a date-time needs an offset (ajv-formats' "full" checks), plus the
 * time zone names the configuration accepts. The precompiled validators
 * (validators.generated.ts) import this object by name.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

/**
 * True for a name the runtime's time zone database knows (the same database
 * Luxon reads), such as `Europe/London` or `UTC`. Offsets like `+01:00` are
 * not zone names, so they are refused by shape first.
 */
function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const formats = {
  date: fullFormats.date,
  'date-time': fullFormats['date-time'],
  duration: fullFormats.duration,
  email: fullFormats.email,
  'iana-time-zone': isTimeZone,
};
