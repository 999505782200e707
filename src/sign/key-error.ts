import { UserError } from '../util/errors.js';

/** A key that cannot be read or is not an ed25519 key; the message is for the user. */
export class KeyError extends UserError {}
