/** The one kind of error the user must act on: what it is, and which errors are of that kind. */

/**
 * A problem the user must act on (a bad option, an unreadable config, no
 * Chromium, a locked or unsafe output folder...), as opposed to a bug in supv.
 * Its message is for the user and says what to do; the CLI prints it as
 * `supv: <message>` and exits 2, with no stack trace, and `supv watch` reports
 * it and goes on. Each stage throws its own subclass, so a caller can still
 * tell them apart; `src/cli/main.ts` catches them all in one place.
 *
 * Anything else that reaches the CLI is an internal error (`RuleError`, an
 * unexpected exception) and is reported as one.
 */
export class UserError extends Error {}
