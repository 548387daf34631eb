/**
 * Bytes of a file as text: UTF-8 (a leading byte-order mark accepted), or UTF-16 when the file
 * starts with a UTF-16 byte-order mark. Invalid text is a problem located at its byte offset,
 * never silently replaced by U+FFFD.
 */
import { CliError, EXIT } from './context.js';
import { cliMessages } from './messages.js';

/**
 * The byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates, code points
 * beyond U+10FFFF, truncated sequences), or -1 when every byte is valid.
 *
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x61, 0xe6, 0x97])); // 1 (a truncated sequence)
 * firstInvalidUtf8(new TextEncoder().encode('站')); // -1
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let following: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      following = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      following = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= following; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += following + 1;
  }
  return -1;
}

/** The byte offset of the first unpaired surrogate or odd trailing byte of UTF-16 text, or -1. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (at: number) =>
    littleEndian
      ? (bytes[at] as number) | ((bytes[at + 1] as number) << 8)
      : ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    const code = unit(i);
    if (code >= 0xdc00 && code <= 0xdfff) return i;
    if (code >= 0xd800 && code <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const low = unit(i + 2);
      if (low < 0xdc00 || low > 0xdfff) return i;
      i += 2;
    }
  }
  return i < bytes.length ? i : -1;
}

function decoded(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes the bytes of a file: UTF-16LE or UTF-16BE when they start with that byte-order mark,
 * UTF-8 otherwise (a UTF-8 byte-order mark is dropped). Invalid text fails with an
 * `invalid-encoding` problem naming the byte offset of the first invalid sequence.
 *
 * @example
 * ```ts
 * decodeText('a.json', readFileSync('a.json')); // the text, or a CliError
 * ```
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  const bom16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const text = decoded(bytes, bom16 ?? 'utf-8');
  if (text !== null) return text;
  const message =
    bom16 === null
      ? cliMessages.invalidUtf8({ offset: firstInvalidUtf8(bytes) })
      : cliMessages.invalidUtf16({ offset: firstInvalidUtf16(bytes, bom16 === 'utf-16le') });
  throw new CliError(EXIT.invalid, [{ where: file, message, code: 'invalid-encoding' }]);
}
