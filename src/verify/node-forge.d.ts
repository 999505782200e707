/**
 * The small part of node-forge that the PDF seal check uses: its ASN.1 DER
 * reader and writer. node-forge ships no types and @types/node-forge is not a
 * dependency; these declarations cover only what src/verify calls. Bytes are
 * forge "binary strings" (one char per byte, 0-255).
 */
declare module 'node-forge' {
  export interface ByteStringBuffer {
    getBytes(count?: number): string;
    bytes(count?: number): string;
    length(): number;
  }

  export interface Asn1 {
    tagClass: number;
    type: number;
    constructed: boolean;
    composed: boolean;
    /** Children when composed; otherwise the content bytes as a binary string. */
    value: string | Asn1[];
  }

  export interface FromDerOptions {
    strict?: boolean;
    parseAllBytes?: boolean;
    decodeBitStrings?: boolean;
    maxDepth?: number;
  }

  const forge: {
    asn1: {
      Class: { UNIVERSAL: number; APPLICATION: number; CONTEXT_SPECIFIC: number; PRIVATE: number };
      Type: {
        INTEGER: number;
        BITSTRING: number;
        OCTETSTRING: number;
        NULL: number;
        OID: number;
        SEQUENCE: number;
        SET: number;
        UTCTIME: number;
        GENERALIZEDTIME: number;
      };
      fromDer(bytes: string | ByteStringBuffer, options?: FromDerOptions): Asn1;
      toDer(obj: Asn1): ByteStringBuffer;
      create(tagClass: number, type: number, constructed: boolean, value: string | Asn1[]): Asn1;
      derToOid(bytes: string): string;
      utcTimeToDate(utc: string): Date;
      generalizedTimeToDate(gentime: string): Date;
    };
    util: {
      createBuffer(input?: string, encoding?: string): ByteStringBuffer;
    };
  };
  export default forge;
}
