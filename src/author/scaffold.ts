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
  /** Where the CI workflow installs supv from: an npm install spec (`init --install-from`); a placeholder the workflow explains when left out. */
  installFrom?: string;
  /** Write the two example staff too (`init --examples`); never committed. */
  examples?: boolean;
}

/**
 * What the workflow installs when `init` was not told (`--install-from`): not
 * a package anyone could publish under that name, and the workflow's first
 * step stops on it with a sentence saying what to put there.
 */
export const INSTALL_PLACEHOLDER = 'SET-ME: an npm install spec for supv';

/** The two fictional example staff `init --examples` writes (left uncommitted: they are there to be replaced). */
export const EXAMPLE_STAFF = ['ada-quillfeather', 'emrys-tallowmere'] as const;

export function scaffoldFiles(options: ScaffoldOptions): ScaffoldFile[] {
  const examples: ScaffoldFile[] = options.examples
    ? [
        // Emrys is supervised by Ada; Ada, the designated safeguarding lead, by a fictional supervisor from outside
        // (SPEC §11.2), as a local authority adviser often does: nobody supervises their own supervisor. Both are to be replaced.
        { file: 'records/staff/ada-quillfeather.md', text: staffText({
          id: 'ada-quillfeather', name: 'Ada Quillfeather', role: 'Designated Safeguarding Lead', tier: 'designated-lead',
          supervisor: { external: { name: 'Corin Ashgrove', organisation: 'Example County Council safeguarding team' } }, started: options.today,
          note: 'An example record (a fictional person), not committed: replace it with your own staff and delete it. Her supervisor is an example too: someone from outside the organisation (`external`), as a local authority safeguarding adviser often supervises the designated safeguarding lead; in your school it may be the head teacher (`id: <their staff id>`).',
        }), example: true },
        { file: 'records/staff/emrys-tallowmere.md', text: staffText({
          id: 'emrys-tallowmere', name: 'Emrys Tallowmere', role: 'Family Support Worker', tier: 'case-holder',
          supervisor: 'ada-quillfeather', started: options.today,
          note: 'An example record (a fictional person), not committed: replace it with your own staff and delete it.',
        }), example: true },
      ]
    : [];
  return [
    { file: 'supv.config.yaml', text: configText(options.organisation ?? 'Example Primary School') },
    { file: '.gitignore', text: gitignoreText() },
    { file: 'records/staff/.gitkeep', text: '' },
    ...examples,
    { file: '.github/workflows/supervision.yml', text: workflowText(options.installFrom) },
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
    '# What supv bundle, report and due write when told to write here rather than in the output folder:',
    '# they name children and staff, and are made from the records, so they are not kept in git.',
    '/bundle*.pdf',
    '/report/',
    '/report.html',
    '/report.json',
    '/report.pdf',
    '/report-*.csv',
    '/*.ics',
    '# Installed packages (supv installed into this folder with npm); no slash, so a link is left out too.',
    'node_modules',
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

type ExampleSupervisor = string | { external: { name: string; organisation: string } };

function staffText(staff: { id: string; name: string; role: string; tier: string; supervisor: ExampleSupervisor; started: string; note: string }): string {
  const supervisor = typeof staff.supervisor === 'string'
    ? [`  - id: ${staff.supervisor}`]
    : ['  - external:   # a supervisor from outside the organisation: no staff record, no signature in supv', `      name: ${staff.supervisor.external.name}`, `      organisation: ${staff.supervisor.external.organisation}`];
  return [
    '---',
    'kind: staff',
    `id: ${staff.id}`,
    `name: ${staff.name}`,
    `role: ${staff.role}`,
    `tier: ${staff.tier}`,
    `started: ${staff.started}`,
    'supervisors:   # oldest first; the entry without `to` is the current supervisor',
    ...supervisor,
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
 * report is uploaded; build the PDFs, kept on the runner unless the
 * organisation opts in to uploading them. The full history (`fetch-depth: 0`)
 * is what the git rules read; the daily run catches sessions that fall
 * overdue while nobody pushes. Where supv is installed from is said once, in
 * `SUPV_PACKAGE`.
 */
function workflowText(installFrom: string | undefined): string {
  const spec = installFrom ?? INSTALL_PLACEHOLDER;
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
  # Where supv is installed from, said once for every job: an npm install spec, such as
  # a tarball made with npm pack (a URL, or a path in this repository), a git URL with
  # a release tag (git+https://example.org/you/supv.git#v0.1.0), or a registry name and
  # version. Pin a version: the records are judged by the rules of the version installed.
  SUPV_PACKAGE: ${JSON.stringify(spec)}
  # supv drives the Chrome the runner already has; puppeteer need not download one.
  PUPPETEER_SKIP_DOWNLOAD: 'true'
  # Set the repository variable SUPV_UPLOAD_PDFS to true to keep the built PDFs as an
  # artifact (see the build job for why it is off).
  SUPV_UPLOAD_PDFS: \${{ vars.SUPV_UPLOAD_PDFS || 'false' }}

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
      - name: Install supv
        run: |
          case "$SUPV_PACKAGE" in
            ${INSTALL_PLACEHOLDER.split(':')[0]}*)
              echo "::error::SUPV_PACKAGE in .github/workflows/supervision.yml does not say where to install supv from yet. Put an npm install spec there: a tarball made with npm pack, a git URL with a release tag, or a registry name and version (see supv's README, Installing)."
              exit 1 ;;
          esac
          npm install --global --no-audit --no-fund "$SUPV_PACKAGE"
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
      - name: Install supv
        run: npm install --global --no-audit --no-fund "$SUPV_PACKAGE"
      - name: Build the PDFs
        run: supv build --out dist
      # The PDFs name children and give their dates of birth. An artifact can be downloaded by
      # anyone with read access to this repository, for as long as it is kept, so they are not
      # uploaded unless the organisation decides to (the repository variable SUPV_UPLOAD_PDFS).
      - name: Keep the PDFs as an artifact (only when SUPV_UPLOAD_PDFS is true)
        if: env.SUPV_UPLOAD_PDFS == 'true'
        uses: actions/upload-artifact@v4
        with:
          name: supervision-pdfs
          path: dist/pdf/
          retention-days: 7
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
export function preCommitHook(): string {
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
  echo "pre-commit: supv is not installed, so the records were not linted and the commit did not happen; install it (npm install --global with the tarball or git URL your organisation uses, as in SUPV_PACKAGE in .github/workflows/supervision.yml) or commit with --no-verify" >&2
  exit 1
fi

# Nothing to do unless a record is added, copied or modified.
if [ -z "$(git diff --cached --name-only --diff-filter=ACM -- 'records/*.md')" ]; then
  exit 0
fi

if ! git diff --cached --name-only --diff-filter=ACM -z -- 'records/*.md' |
  xargs -0 $supv_cmd lint \\
    --cache \\
    --rule session-overdue=warn \\
    --rule session-due-soon=warn \\
    --rule no-contract=warn \\
    --rule contract-review-overdue=warn \\
    --
then
  echo "" >&2
  echo "pre-commit: the commit did not happen. Put right the errors above and commit again." >&2
  echo "  A record not yet signed, or changed after it was signed: sign it first (supv sign FILE --as YOUR-ID)." >&2
  exit 1
fi
`;
}
