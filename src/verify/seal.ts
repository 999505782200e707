/**
 * Checking a PDF's digital seal (the PKCS#7 signature `supv build --p12`
 * adds) in TypeScript, without poppler: find each signature's `/ByteRange`
 * and `/Contents`, make sure the signed ranges are the whole file but for the
 * signature itself, then read the CMS SignedData with node-forge's DER reader,
 * compare its messageDigest with the digest of the signed bytes, and verify
 * the signer's signature over the signed attributes with the certificate it
 * carries (Node's crypto does the public-key step, so RSA, EC and Ed25519
 * certificates all work).
 *
 * Whether the certificate is one the reader should trust is a separate
 * question this does not answer: it reports who the certificate names.
 */
import { createHash, verify as verifySignature, X509Certificate, type KeyObject } from 'node:crypto';
import forge, { type Asn1 } from 'node-forge';

/** One signature dictionary of a PDF, checked. */
export interface SealCheck {
  ok: boolean;
  /** The signer certificate's subject common name. */
  signer?: string;
  /** The signer certificate's whole subject, one `KEY=value` per part, comma-separated. */
  subject?: string;
  /** SHA-256 of the signer certificate's DER bytes, lower-case hex (what `seal.certificate_sha256` pins). */
  certificateSha256?: string;
  /** When it was sealed: the signed signingTime attribute, else the signature dictionary's /M. */
  signingTime?: string;
  /** The digest algorithm the signature names (sha256, ...). */
  digestAlgorithm?: string;
  /** The signed byte ranges, `[a, b, c, d]`. */
  byteRange?: [number, number, number, number];
  /** True when the ranges cover every byte of the file but the signature's own hex string. */
  coversWholeFile: boolean;
  /** Plain words for anything but ok. */
  problem?: string;
}

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  commonName: '2.5.4.3',
} as const;

/** Digest algorithms by OID, as Node's crypto names them. */
const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.4': 'sha224',
};

/** Signature algorithms: the digest they imply (undefined: the signer info's digest; null: none, as for Ed25519). */
const SIGNATURE_ALGORITHMS: Record<string, string | null | undefined> = {
  '1.2.840.113549.1.1.1': undefined, // rsaEncryption
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.113549.1.1.14': 'sha224',
  '1.2.840.10045.2.1': undefined, // ecPublicKey
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.1': 'sha224',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.3.101.112': null, // Ed25519
};

export const DIGEST_MISMATCH = 'digest mismatch: the PDF changed after it was sealed';
export const NOT_WHOLE_FILE = 'the seal does not cover the whole file (bytes were added after sealing)';

/** A problem reading the CMS structure: its message becomes the check's problem. */
class CmsError extends Error {}

const BYTE_RANGE = /\/ByteRange\s*\[([^\]]*)\]/g;
const HEX = /^[0-9A-Fa-f\s]*$/;

/**
 * Every signature of the PDF, checked. An empty list means the PDF is not
 * sealed. The bytes are read as given: nothing is decompressed, so a
 * `/ByteRange` is found where the signature dictionary writes it in the clear.
 */
export function checkSeals(bytes: Uint8Array): SealCheck[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  const checks: SealCheck[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    checks.push(checkOne(buffer, text, match[1] ?? '', match.index + match[0].length));
  }
  return checks;
}

function checkOne(buffer: Buffer, text: string, rangeText: string, after: number): SealCheck {
  const numbers = rangeText.trim().split(/\s+/);
  if (numbers.length !== 4 || !numbers.every((n) => /^\d{1,12}$/.test(n))) {
    return { ok: false, coversWholeFile: false, problem: `the seal's /ByteRange [${rangeText.trim().slice(0, 60)}] cannot be read: it should be four numbers` };
  }
  const [a, b, c, d] = numbers.map(Number) as [number, number, number, number];
  const byteRange: [number, number, number, number] = [a, b, c, d];
  const length = buffer.length;
  const base = { byteRange, coversWholeFile: false } satisfies Partial<SealCheck>;
  if (b <= a || c < a + b || c + d > length) {
    const problem = c + d > length ? `the file is shorter than its seal says (${length} bytes, the seal covers up to ${c + d}): it was cut short after sealing` : `the seal's /ByteRange [${byteRange.join(' ')}] is not two ranges in order`;
    return { ...base, ok: false, problem };
  }

  // The gap between the ranges must be exactly the /Contents hex string: `<hex>`, nothing else.
  const gap = text.slice(a + b, c);
  const contentsKey = /\/Contents\s*$/.test(text.slice(Math.max(0, a + b - 64), a + b));
  if (!gap.startsWith('<') || !gap.endsWith('>') || !HEX.test(gap.slice(1, -1)) || !contentsKey) {
    return { ...base, ok: false, problem: 'the seal leaves out more than its own signature: the bytes between its signed ranges are not its /Contents' };
  }
  const coversWholeFile = a === 0 && c + d === length;
  const signature = Buffer.from(gap.slice(1, -1).replace(/\s+/g, ''), 'hex');

  let result: SealCheck;
  try {
    result = { ...checkCms(signature, [buffer.subarray(a, a + b), buffer.subarray(c, c + d)]), byteRange, coversWholeFile };
  } catch (error) {
    // Whatever the bytes are, a seal that cannot be read fails; it never stops the run.
    const reason = error instanceof Error ? error.message : String(error);
    return { ...base, coversWholeFile, ok: false, problem: `the seal's PKCS#7 data cannot be read (${reason})` };
  }
  result.signingTime ??= dictionaryTime(text.slice(after, after + 4096));
  if (result.ok && !coversWholeFile) {
    result.ok = false;
    result.problem = NOT_WHOLE_FILE;
  }
  return result;
}

/** The /M entry of the signature dictionary (`D:20250301120000Z`), as ISO 8601. */
function dictionaryTime(dictionary: string): string | undefined {
  const match = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(dictionary.split('>>')[0] ?? '');
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}

// ---------------------------------------------------------------- CMS SignedData

const { asn1 } = forge;

function children(node: Asn1 | undefined, what: string): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw new CmsError(`${what} is missing or not a structure`);
  return node.value;
}

function primitive(node: Asn1 | undefined, type: number, what: string): string {
  if (!node || node.tagClass !== asn1.Class.UNIVERSAL || node.type !== type || typeof node.value !== 'string') throw new CmsError(`${what} is missing or malformed`);
  return node.value;
}

function oid(node: Asn1 | undefined, what: string): string {
  return asn1.derToOid(primitive(node, asn1.Type.OID, what));
}

function isContext(node: Asn1 | undefined, tag: number): boolean {
  return node?.tagClass === asn1.Class.CONTEXT_SPECIFIC && node.type === tag;
}

function der(node: Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}

interface Certificate {
  x509: X509Certificate;
  serial: string;
  issuerDer: string;
}

/** Check the CMS SignedData against the signed bytes. Throws {@link CmsError} when it cannot be read. */
function checkCms(signature: Buffer, ranges: Buffer[]): Omit<SealCheck, 'coversWholeFile' | 'byteRange'> {
  let contentInfo: Asn1;
  try {
    // The placeholder is padded with zeros after the DER: read one value and ignore the rest.
    contentInfo = asn1.fromDer(forge.util.createBuffer(signature.toString('binary')), { parseAllBytes: false, decodeBitStrings: false, strict: true });
  } catch (error) {
    throw new CmsError(`not DER: ${(error as Error).message}`);
  }
  const [typeNode, explicit] = children(contentInfo, 'ContentInfo');
  if (oid(typeNode, 'the content type') !== OID.signedData) throw new CmsError('not a CMS SignedData');
  if (!isContext(explicit, 0)) throw new CmsError('the SignedData content is missing');
  const signedData = children(children(explicit, 'the SignedData content')[0], 'SignedData');

  // version, digestAlgorithms, encapContentInfo, [0] certificates?, [1] crls?, signerInfos
  const encap = children(signedData[2], 'encapContentInfo');
  if (encap.length > 1) throw new CmsError('the signature carries its own content; supv checks detached PDF signatures only');
  const certificates: Certificate[] = [];
  for (const node of signedData.slice(3, -1)) {
    if (!isContext(node, 0)) continue;
    for (const cert of children(node, 'the certificates')) {
      if (cert.tagClass !== asn1.Class.UNIVERSAL || cert.type !== asn1.Type.SEQUENCE) continue;
      const tbs = children(children(cert, 'a certificate')[0], 'a certificate body');
      const offset = isContext(tbs[0], 0) ? 1 : 0;
      const serialNode = tbs[offset];
      const issuerNode = tbs[offset + 2];
      let x509: X509Certificate;
      try {
        x509 = new X509Certificate(der(cert));
      } catch (error) {
        throw new CmsError(`a certificate cannot be read: ${(error as Error).message}`);
      }
      certificates.push({ x509, serial: integerHex(primitive(serialNode, asn1.Type.INTEGER, 'a certificate serial number')), issuerDer: issuerNode ? der(issuerNode).toString('hex') : '' });
    }
  }
  const signerInfos = children(signedData[signedData.length - 1], 'signerInfos');
  if (signerInfos.length !== 1) throw new CmsError(`${signerInfos.length} signer infos; a PDF seal has exactly one`);
  const info = children(signerInfos[0], 'SignerInfo');

  // version, sid, digestAlgorithm, [0] signedAttrs?, signatureAlgorithm, signature, [1] unsignedAttrs?
  const sid = info[1];
  const digestOid = oid(children(info[2], 'the digest algorithm')[0], 'the digest algorithm');
  const digestAlgorithm = DIGESTS[digestOid];
  if (!digestAlgorithm) throw new CmsError(`unknown digest algorithm ${digestOid}`);
  const attributesNode = isContext(info[3], 0) ? info[3] : undefined;
  const rest = info.slice(attributesNode ? 4 : 3);
  const signatureOid = oid(children(rest[0], 'the signature algorithm')[0], 'the signature algorithm');
  const signatureValue = Buffer.from(primitive(rest[1], asn1.Type.OCTETSTRING, 'the signature value'), 'binary');

  const actual = ranges.reduce((hash, range) => hash.update(range), createHash(digestAlgorithm)).digest();
  let signingTime: string | undefined;
  let signedBytes: Buffer;
  if (attributesNode) {
    const attributes = new Map<string, Asn1[]>();
    for (const attribute of children(attributesNode, 'the signed attributes')) {
      const [type, values] = children(attribute, 'a signed attribute');
      attributes.set(oid(type, 'a signed attribute type'), children(values, 'a signed attribute value'));
    }
    const contentType = attributes.get(OID.contentType)?.[0];
    if (contentType && oid(contentType, 'the contentType attribute') !== OID.data) throw new CmsError('the signed content type is not data');
    const digestNode = attributes.get(OID.messageDigest)?.[0];
    if (!digestNode) throw new CmsError('no messageDigest attribute');
    const claimed = Buffer.from(primitive(digestNode, asn1.Type.OCTETSTRING, 'the messageDigest attribute'), 'binary');
    signingTime = timeOf(attributes.get(OID.signingTime)?.[0]);
    if (!claimed.equals(actual)) return { ok: false, digestAlgorithm, signingTime, ...signerNames(certificates, sid), problem: DIGEST_MISMATCH };
    // The signature is over the attributes DER-encoded as a SET (tag 0x31), not as the [0] they are stored under.
    signedBytes = der(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, children(attributesNode, 'the signed attributes')));
  } else {
    signedBytes = Buffer.concat(ranges);
  }

  const signatureDigest = SIGNATURE_ALGORITHMS[signatureOid];
  if (!(signatureOid in SIGNATURE_ALGORITHMS)) throw new CmsError(`unsupported signature algorithm ${signatureOid}`);
  const hashName = signatureDigest === undefined ? digestAlgorithm : signatureDigest;
  const candidates = signerCandidates(certificates, sid);
  if (candidates.length === 0) return { ok: false, digestAlgorithm, signingTime, problem: 'the seal does not carry its signer\'s certificate' };
  for (const certificate of candidates) {
    let valid = false;
    try {
      valid = verifySignature(hashName, signedBytes, certificate.x509.publicKey as KeyObject, signatureValue);
    } catch {
      valid = false;
    }
    if (valid) return { ok: true, digestAlgorithm, signingTime, ...names(certificate) };
  }
  return { ok: false, digestAlgorithm, signingTime, ...names(candidates[0]!), problem: 'the seal\'s signature does not verify against its certificate' };
}

/** The certificates the SignerInfo's sid can name: by issuer and serial number, else all (a subject key identifier). */
function signerCandidates(certificates: Certificate[], sid: Asn1 | undefined): Certificate[] {
  if (sid && sid.tagClass === asn1.Class.UNIVERSAL && sid.type === asn1.Type.SEQUENCE && Array.isArray(sid.value)) {
    const [issuer, serial] = sid.value;
    const serialHex = serial && typeof serial.value === 'string' ? integerHex(serial.value) : '';
    const issuerHex = issuer ? der(issuer).toString('hex') : '';
    return certificates.filter((certificate) => certificate.serial === serialHex && certificate.issuerDer === issuerHex);
  }
  return certificates;
}

function signerNames(certificates: Certificate[], sid: Asn1 | undefined): Pick<SealCheck, 'signer' | 'subject' | 'certificateSha256'> {
  const certificate = signerCandidates(certificates, sid)[0];
  return certificate ? names(certificate) : {};
}

function names(certificate: Certificate): Pick<SealCheck, 'signer' | 'subject' | 'certificateSha256'> {
  // Node writes the subject one `KEY=value` per line.
  const parts = certificate.x509.subject.split('\n').filter(Boolean);
  const cn = parts.find((part) => part.startsWith('CN='))?.slice(3);
  return { signer: cn, subject: parts.join(', '), certificateSha256: certificateSha256(certificate.x509) };
}

/** SHA-256 of a certificate's DER bytes, lower-case hex without colons. */
export function certificateSha256(certificate: X509Certificate): string {
  return createHash('sha256').update(certificate.raw).digest('hex');
}

function timeOf(node: Asn1 | undefined): string | undefined {
  if (!node || typeof node.value !== 'string') return undefined;
  try {
    const date = node.type === asn1.Type.UTCTIME ? asn1.utcTimeToDate(node.value) : node.type === asn1.Type.GENERALIZEDTIME ? asn1.generalizedTimeToDate(node.value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date.toISOString().replace('.000Z', 'Z') : undefined;
  } catch {
    return undefined;
  }
}

/** An INTEGER's bytes as hex without leading zero bytes, so encodings compare equal. */
function integerHex(bytes: string): string {
  return Buffer.from(bytes, 'binary').toString('hex').replace(/^(00)+(?=.)/, '');
}
