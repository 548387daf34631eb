/**
 * Characters that are invisible yet act on how text is shown: C0 controls, DEL, C1 controls (a
 * terminal reads ESC and CSI sequences from them), the line and paragraph separators, and the
 * bidirectional controls that reorder the text displayed around them (Trojan Source).
 */

/**
 * Whether a UTF-16 code unit is an invisible control: C0 (U+0000–U+001F), DEL, C1
 * (U+0080–U+009F), U+061C, U+200E, U+200F, U+2028, U+2029, U+202A–U+202E or U+2066–U+2069.
 *
 * @example
 * ```ts
 * isInvisibleControl(0x1b); // true (ESC)
 * isInvisibleControl(0x202e); // true (right-to-left override)
 * isInvisibleControl('站'.charCodeAt(0)); // false
 * ```
 */
export function isInvisibleControl(code: number): boolean {
  if (code < 0x20) return true;
  if (code < 0x7f) return false;
  if (code <= 0x9f) return true;
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * Replaces every code unit that `shouldEscape` selects by `replacement(code)`, in one pass (linear in
 * the length of the text, whatever it holds).
 *
 * @example
 * ```ts
 * replaceCodeUnits('a\u001bb', isInvisibleControl, (code) => `<${code}>`); // 'a<27>b'
 * ```
 */
export function replaceCodeUnits(
  text: string,
  shouldEscape: (code: number) => boolean,
  replacement: (code: number) => string,
): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!shouldEscape(code)) continue;
    out += text.slice(from, i) + replacement(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * A code unit as hexadecimal digits, at least `digits` long, lower case.
 *
 * @example
 * ```ts
 * hexOf(0x1b, 2); // '1b'
 * hexOf(0x202e, 4); // '202e'
 * ```
 */
export function hexOf(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}
