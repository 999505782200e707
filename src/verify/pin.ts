/**
 * The seal's signer, pinned (SPEC §11.1): `seal.certificate_sha256` in the
 * config, or `supv verify --trust-cert FILE.pem`. A seal is only as good as
 * the certificate behind it, and anyone can make a self-signed certificate
 * named like the school; with a pin, a seal made with any other certificate
 * fails.
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { UserError } from '../util/errors.js';
import { certificateSha256, type SealCheck } from './seal.js';

/** The one certificate whose seals are accepted, and where that was said. */
export interface SealPin {
  /** SHA-256 of the certificate's DER bytes, lower-case hex. */
  sha256: string;
  /** Where the pin comes from, for messages: `--trust-cert seal.pem` or `seal.certificate_sha256 in the config`. */
  source: string;
}

/** `seal.certificate_sha256` as written in the config (hex, colons allowed, any case), as a pin. */
export function pinFromConfig(value: string | undefined, configFile = 'supv.config.yaml'): SealPin | undefined {
  if (value === undefined) return undefined;
  return { sha256: value.replace(/:/g, '').toLowerCase(), source: `seal.certificate_sha256 in ${configFile}` };
}

/** The certificate in a PEM (or DER) file, as a pin. A file that holds no certificate is a usage error (exit 2). */
export function pinFromCertificateFile(file: string, given: string): SealPin {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UserError(`--trust-cert ${given}: the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(bytes);
  } catch {
    const hint = bytes.includes('PRIVATE KEY') ? ' (it holds a private key: give the certificate only, never the key)' : '';
    throw new UserError(`--trust-cert ${given}: not a certificate in PEM or DER form${hint}; export it with \`openssl pkcs12 -in seal.p12 -clcerts -nokeys -out seal.pem\``);
  }
  return { sha256: certificateSha256(certificate), source: `--trust-cert ${given}` };
}

/** Why a valid seal is not the pinned signer's, or undefined when it is. */
export function pinProblem(seal: SealCheck, pin: SealPin): string | undefined {
  if (!seal.ok || seal.certificateSha256 === pin.sha256) return undefined;
  const who = seal.subject ? seal.subject : 'a certificate with no subject';
  return `sealed by another certificate than the pinned one: this seal was made by ${who} (certificate SHA-256 ${seal.certificateSha256 ?? 'unknown'}); expected the certificate with SHA-256 ${pin.sha256} (${pin.source})`;
}
