/**
 * Canonical JSON (sorted keys) and its hash, for deterministic output and ruleset identity. The
 * hash is pure JavaScript (@noble/hashes), so the library runs in browsers and edge runtimes too.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * JSON text with object keys sorted at every level, so equal values give equal text.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/**
 * The SHA-256 of a value's canonical JSON, as `sha256:<hex>`.
 *
 * @example
 * ```ts
 * hashJson({ a: 1 }) === hashJson({ a: 1 }); // true
 * ```
 */
export function hashJson(value: unknown): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}
