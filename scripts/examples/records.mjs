// What the two record generators share (generate-fixtures.mjs, the synthetic
// repositories for tests and benchmarks, and make-examples.mjs, the example
// records in records/): a seeded PRNG, calendar-day arithmetic, and the text
// of a record file (YAML frontmatter and body).
//
// Plain Node with no dependencies.

/** mulberry32: small, fast, good enough for fixtures. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const DAY = 86_400_000;
/** Days since the epoch <-> YYYY-MM-DD (UTC calendar arithmetic, no time zones). */
export const toDay = (iso) => Math.round(Date.parse(iso + 'T00:00:00Z') / DAY);
export const fromDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);
export const weekday = (day) => new Date(day * DAY).getUTCDay(); // 0 Sunday
/** Move a day back onto a weekday (Saturday -> Friday, Sunday -> Friday). */
export const backToWeekday = (day) => (weekday(day) === 6 ? day - 1 : weekday(day) === 0 ? day - 2 : day);
/** Move a day forward onto a weekday. */
export const onToWeekday = (day) => (weekday(day) === 6 ? day + 2 : weekday(day) === 0 ? day + 1 : day);

export const slug = (s) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

const YAML_RESERVED = /^(?:true|false|null|~|yes|no|on|off|y|n)$/i;
const YAML_NUMBER = /^[-+]?(?:\.?[0-9][0-9_]*(?:\.[0-9_]*)?(?:e[-+]?[0-9]+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;
const YAML_PLAIN = /^[A-Za-z0-9(][A-Za-z0-9 ,.'()/&+-]*[A-Za-z0-9.)]$|^[A-Za-z0-9]$/;

/** A YAML scalar: plain when unambiguous under the 1.2 core schema, else double-quoted (JSON). */
export function yamlScalar(value, { flow = false } = {}) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  const s = String(value);
  if (YAML_PLAIN.test(s) && !YAML_RESERVED.test(s) && !YAML_NUMBER.test(s) && !(flow && s.includes(','))) return s;
  return JSON.stringify(s);
}

const isScalar = (v) => v === null || typeof v !== 'object';
const isIdLike = (v) => typeof v === 'string' && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(v);

/** Block-style YAML for the record shapes supv uses (maps, lists of maps, short flow lists). */
export function toYaml(obj, indent = '') {
  let out = '';
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) out += `${indent}${key}: []\n`;
      else if (value.every(isIdLike)) out += `${indent}${key}: [${value.map((v) => yamlScalar(v, { flow: true })).join(', ')}]\n`;
      else {
        out += `${indent}${key}:\n`;
        for (const item of value) {
          if (isScalar(item)) out += `${indent}  - ${yamlScalar(item)}\n`;
          else {
            const inner = toYaml(item, indent + '    ');
            out += `${indent}  - ${inner.slice(indent.length + 4)}`;
          }
        }
      }
    } else if (!isScalar(value)) {
      const entries = Object.entries(value);
      if (entries.length <= 3 && entries.every(([, v]) => isScalar(v))) {
        out += `${indent}${key}: { ${entries.map(([k, v]) => `${k}: ${yamlScalar(v, { flow: true })}`).join(', ')} }\n`;
      } else {
        out += `${indent}${key}:\n${toYaml(value, indent + '  ')}`;
      }
    } else {
      out += `${indent}${key}: ${yamlScalar(value)}\n`;
    }
  }
  return out;
}

/** The full text of a record file: frontmatter (signatures last) and body. */
export function recordText(data, body) {
  const { signatures, ...rest } = data;
  const ordered = signatures === undefined ? rest : { ...rest, signatures };
  return `---\n${toYaml(ordered)}---\n${body}`;
}

export const DEFAULT_POLICY_YAML = `policy:
  tiers:                 # longest allowed gap between sessions, by tier
    case-holder: P4W
    designated-lead: P4W
    general: P3M
    newly-qualified:     # a staged tier: the interval by time since \`started\`
      - { until: P6W, every: P1W }
      - { until: P6M, every: P2W }
      - { every: P4W }
  induction: P2W         # applies to anyone before their \`induction_until\`
  min_duration: PT60M    # shorter sessions draw a warning
  sign_within: P7D       # signatures due within this time of the session
  record_within: P7D     # record first committed within this time (contemporaneous)
  due_soon: P7D          # warning window before a session falls due
  contract_review: P1Y
  functions_window: 3    # each function covered in the last N sessions
  contract_after_change: P4W   # a contract signed with a new supervisor is due within this time of the change
  training_refresh: P3Y  # supervision training older than this has lapsed
  safeguarding_training_refresh: P1Y   # staff safeguarding training older than this has lapsed
  case_review: { CP: P4W, CIN: P6W, LAC: P6W }   # an open case of that status discussed at least this often
  child_file: decisions  # decisions | all-discussions: what must be recorded on the child's file
  case_audit: P6M        # every open CP, CIN or LAC case file audited at least this often
`;
