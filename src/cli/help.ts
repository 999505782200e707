/**
 * Help texts shown after a command's options. They live apart from the
 * commands so that `supv lint` does not load the code of `sign` and `new`
 * (and the YAML writer they use) only to describe them.
 */

/** Shown under `supv sign --help`. */
export const SIGN_HELP = `
Every file is checked before any is written; if one is refused, none is signed.
Only the signatures block changes: comments, layout and the body stay as they are.

Exit codes:
  0  every file signed
  1  a record was refused (invalid, the signer is not a party in that role,
     signatures is not the last field, the key does not match); nothing written
  2  the command itself is wrong: unknown staff id, bad --role or --at,
     unreadable key, a file missing or outside records/
`;

/** Shown under `supv new --help`. */
export const NEW_HELP = `
Kinds and what each needs:
  session   --supervisee ID [--date YYYY-MM-DD] [--type one-to-one|peer|ad-hoc|three-way] [--supervisor ID]
  session   --type group|joint-agency --attendees ID,ID... [--supervisor ID] [--date YYYY-MM-DD]
            (the supervisor defaults to the one all attendees share; confidentiality_agreed
            starts as false, to be set to true once the boundaries are agreed)
  contract  --supervisee ID [--agreed YYYY-MM-DD] [--dispute-resolution TEXT]
            (the frequency is the one the policy asks on the agreed date; a staged tier's
            stages are written out; disagreements go to --dispute-resolution, by default
            the supervisee's line_manager)
  decision  --session ID --case REF
  case-audit --case REF [--worker ID] [--auditor ID] [--date YYYY-MM-DD]
            (written to records/audits/; the worker defaults to the supervisee of the last
            session that discussed the case, the auditor to the worker's supervisor)
  staff     --id ID --name NAME --role ROLE --tier TIER --supervisor ID [--started YYYY-MM-DD]

Dates default to today in the organisation's time zone (or --as-of).
A new record never replaces a file: a second session on the same day gets -2.
Exit codes: 0 written, 2 something given is wrong (unknown staff, bad date).
`;
