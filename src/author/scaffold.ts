import { DEFAULT_CONFIG, type Stage } from '../config/config.js';

/**
 * The files `supv init` writes into a new records repository (SPEC §6,
 * §11.4): the configuration with the default policy written out, two example
 * staff, the CI workflow and `.gitignore`; and the text of the pre-commit
 * hook, which goes into the clone's own hooks folder (`hook.ts`), never into
 * the repository. Pure: text in, text out; the command writes them.
 */

export interface ScaffoldFile {
  /** Repository-relative path with `/` separators. */
  file: string;
  text: string;
  /** An example to be replaced (the example staff): written, but never committed by `supv init`. */
  example?: boolean;
}

export interface ScaffoldOptions {
  /** Today in the organisation's time zone: the example staff start today, so nothing is overdue yet. */
  today: string;
  organisation?: string;
  /** The supv version the CI workflow installs. */
  version: string;
}

/**
 * Where supv is installed from. It is not on the npm registry: npm installs it
 * from its git repository (package.json `repository`), at the tag of a
 * release, and builds it there (the `prepare` script compiles lib/).
 */
export const SUPV_GIT = 'github:supv-project/supv';

/** The npm install spec of a supv release: its `v<version>` tag in the git repository. */
export function installSpec(version: string): string {
  return `${SUPV_GIT}#v${version}`;
}

/** The two fictional example staff, who supervise each other so every reference resolves. */
export const EXAMPLE_STAFF = ['ada-quillfeather', 'emrys-tallowmere'] as const;

export function scaffoldFiles(options: ScaffoldOptions): ScaffoldFile[] {
  return [
    { file: 'supv.config.yaml', text: configText(options.organisation ?? 'Example Primary School') },
    { file: '.gitignore', text: gitignoreText() },
    { file: 'records/staff/ada-quillfeather.md', text: staffText({
      id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'Designated Safeguarding Lead', tier: 'designated-lead',
      supervisor: 'emrys-tallowmere', started: options.today,
      note: 'An example record (a fictional person): replace it with your own staff. In most schools the head teacher or an external supervisor supervises the designated safeguarding lead.',
    }), example: true },
    { file: 'records/staff/emrys-tallowmere.md', text: staffText({
      id: 'emrys-tallowmere', name: 'Emrys Tallowmere', role: 'Family Support Worker', tier: 'case-holder',
      supervisor: 'ada-quillfeather', started: options.today,
      note: 'An example record (a fictional person): replace it with your own staff.',
    }), example: true },
    { file: '.github/workflows/supervision.yml', text: workflowText(options.version) },
  ];
}

/**
 * What git must leave out of a records repository: what is made from the
 * records, what is installed, and private keys, which would be published to
 * every clone for ever by one `git add -A`. The key patterns are the names
 * `supv keygen` suggests (`<id>.key`), PEM and PKCS#12 files (the seal's
 * certificate and key), and OpenSSH's own names; public keys (`.pub`) stay
 * visible.
 */
export function gitignoreText(output = DEFAULT_CONFIG.output): string {
  return [
    '# Build output: PDFs are made from the records, not kept in git.',
    `${output}/`,
    '# The cache of supv lint --cache.',
    '.supv-cache/',
    '# Installed packages (supv installed into this folder with npm).',
    'node_modules/',
    '# Private keys. Keep yours outside the repository, e.g. supv keygen --out ~/.config/supv/<your-id>.key;',
    '# these catch one left here by mistake. A public certificate you mean to commit: git add -f.',
    '*.key',
    '*.pem',
    '*.p12',
    '*.pfx',
    'id_ed25519',
    'id_ecdsa',
    'id_rsa',
    '',
  ].join('\n');
}

function configText(organisation: string): string {
  const { policy } = DEFAULT_CONFIG;
  const tiers = Object.entries(policy.tiers).map(([name, tier]) => typeof tier === 'string' || !Array.isArray(tier)
    ? `    ${name}: ${typeof tier === 'string' ? tier : `{ every: ${tier.every}${tier.counts ? `, counts: [${tier.counts.join(', ')}]` : ''} }`}`
    : [`    ${name}:${' '.repeat(Math.max(1, 21 - name.length))}# a staged tier: the interval by time since \`started\``,
      ...tier.map((stage: Stage) => `      - { ${stage.until ? `until: ${stage.until}, ` : ''}every: ${stage.every} }`)].join('\n'));
  return [
    '# supv configuration: the organisation and its supervision policy.',
    '# Every key is optional; a key left out takes the default shown here.',
    '# Intervals are ISO 8601 durations: P4W is four weeks, P3M three months, PT60M an hour.',
    `organisation: ${JSON.stringify(organisation)}`,
    `timezone: ${DEFAULT_CONFIG.timezone}      # calendar dates are days in this zone`,
    `marking: ${DEFAULT_CONFIG.marking}   # protective marking printed on every page`,
    'policy:',
    `  counts: [${policy.counts.join(', ')}]   # session types that count toward the interval (ad-hoc does not)`,
    '  # records_from: YYYY-MM-DD   # the day you start keeping records in supv: nothing is due or charted before it',
    '  tiers:                 # longest allowed gap between sessions, by tier (staff `tier:`)',
    ...tiers,
    `  induction: ${policy.induction}         # applies to anyone before their \`induction_until\``,
    `  min_duration: ${policy.min_duration}    # shorter sessions draw a warning`,
    `  sign_within: ${policy.sign_within}       # signatures due within this time of the session`,
    `  record_within: ${policy.record_within}     # record first committed within this time (contemporaneous)`,
    `  due_soon: ${policy.due_soon}          # warning window before a session falls due`,
    `  contract_review: ${policy.contract_review}   # contracts are reviewed this long after they are agreed`,
    `  functions_window: ${policy.functions_window}    # each function covered in the last N sessions`,
    `  contract_after_change: ${policy.contract_after_change}   # a contract signed with a new supervisor is due within this time of the change`,
    `  training_refresh: ${policy.training_refresh}   # supervision training older than this has lapsed`,
    `  safeguarding_training_refresh: ${policy.safeguarding_training_refresh}   # staff safeguarding training older than this has lapsed`,
    `  case_review: { CP: ${policy.case_review.CP}, CIN: ${policy.case_review.CIN}, LAC: ${policy.case_review.LAC} }   # an open case of that status discussed at least this often (supv's defaults)`,
    `  child_file: ${policy.child_file}   # decisions | all-discussions: what must be recorded on the child's file`,
    `  case_audit: ${policy.case_audit}     # every open CP, CIN or LAC case file audited at least this often (supv's default)`,
    '  # escalation:           # when overdue: by default a one-to-one, then a three-way meeting after one interval',
    '  #   - { after: P0D, step: one-to-one }',
    '  #   - { after: P4W, step: three-way }',
    '  # head: <staff id>      # a three-way meeting goes to the head when there is no line manager',
    '  # governor: the chair of governors   # and to a governor when the head is the supervisor or line manager',
    '',
  ].join('\n');
}

function staffText(staff: { id: string; name: string; role: string; tier: string; supervisor: string; started: string; note: string }): string {
  return [
    '---',
    'kind: staff',
    `id: ${staff.id}`,
    `name: ${staff.name}`,
    `role: ${staff.role}`,
    `tier: ${staff.tier}`,
    `started: ${staff.started}`,
    'supervisors:   # oldest first; the entry without `to` is the current supervisor',
    `  - id: ${staff.supervisor}`,
    `    from: ${staff.started}`,
    `supervision_training: ${staff.started}   # needed by anyone who supervises`,
    `safeguarding_training: ${staff.started}   # the date of their last safeguarding training`,
    '---',
    '',
    staff.note,
    '',
  ].join('\n');
}

/**
 * Lint with SARIF for code scanning, failing the job on errors only after the
 * report is uploaded; build the PDFs as an artifact. The full history
 * (`fetch-depth: 0`) is what the git rules read; the daily run catches
 * sessions that fall overdue while nobody pushes.
 */
function workflowText(version: string): string {
  return `# Lint the supervision records on every push and every morning, and build the PDFs.
name: supervision records

on:
  push:
  pull_request:
  schedule:
    - cron: '0 7 * * 1-5'   # sessions fall overdue with time, not only with commits
  workflow_dispatch:

permissions:
  contents: read

env:
  # supv is not on the npm registry: npm installs it from its git repository, at
  # this release's tag, and compiles it. Change the tag to move to another release.
  SUPV_PACKAGE: '${installSpec(version)}'
  # supv drives the Chrome the runner already has; puppeteer need not download one.
  PUPPETEER_SKIP_DOWNLOAD: 'true'

jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write   # upload the SARIF report to code scanning
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # the git rules (late-record, record-deleted) need the whole history
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --global "$SUPV_PACKAGE"
      - name: Lint the records
        id: lint
        continue-on-error: true   # upload the report first, fail the job below
        run: supv lint --format sarif --output supv.sarif
      - name: Upload the findings to code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: supv.sarif
          category: supv
      - name: Fail on errors
        if: steps.lint.outcome == 'failure'
        run: supv lint --format github

  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # each PDF carries the commit it was built from
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --global "$SUPV_PACKAGE"
      - name: Build the PDFs
        run: supv build --out dist
      - uses: actions/upload-artifact@v4
        with:
          name: supervision-pdfs
          path: dist/
          retention-days: 30
`;
}

/**
 * The pre-commit hook lints the staged records and stops a commit of a record
 * that is malformed or signed and then changed. `supv init` installs it in
 * the clone's `.git/hooks` (`hook.ts`); git never runs it from the repository. Findings about people
 * (someone overdue, without a contract or a contract review) are turned into
 * warnings here: they are for CI and the safeguarding lead, and must never
 * stop someone committing the very record that puts them right. It lints the
 * files as they are in the working tree, with `--cache`: a commit of one
 * record reads only what changed since the last lint.
 */
export function preCommitHook(version: string): string {
  return `#!/bin/sh
# supv pre-commit hook: lint the records being committed.
# Installed by \`supv init\` (or \`supv init --hook\` in a clone) into this clone's own
# hooks folder, which git never commits: only you can change what runs here.
set -eu

if command -v supv >/dev/null 2>&1; then
  supv_cmd=supv
elif [ -x node_modules/.bin/supv ]; then
  supv_cmd=node_modules/.bin/supv
else
  echo "pre-commit: supv is not installed, so the records were not linted; install it (npm install --global ${installSpec(version)}) or commit with --no-verify" >&2
  exit 1
fi

# Nothing to do unless a record is added, copied or modified.
if [ -z "$(git diff --cached --name-only --diff-filter=ACM -- 'records/*.md')" ]; then
  exit 0
fi

git diff --cached --name-only --diff-filter=ACM -z -- 'records/*.md' |
  xargs -0 $supv_cmd lint \\
    --cache \\
    --rule session-overdue=warn \\
    --rule session-due-soon=warn \\
    --rule no-contract=warn \\
    --rule contract-review-overdue=warn \\
    --
`;
}
