/**
 * Text for a terminal. Everything the command line prints for people (tables, error lines,
 * progress, `validate`) goes through {@link terminalText}, so no text from an input can send an
 * escape sequence to the terminal or reorder what it shows.
 */
import { hexOf, isInvisibleControl, replaceCodeUnits } from './controls.js';

const visibleEscape = (code: number) => (code < 0x100 ? `\\x${hexOf(code, 2)}` : `\\u${hexOf(code, 4)}`);

/**
 * One line of text made safe for a terminal: every C0 control (newline and tab included), DEL,
 * C1 control, line or paragraph separator and bidirectional control is shown as a visible
 * escape (`\x1b`, `\x9b`, `\u202e`). Other text is unchanged, so the result is idempotent.
 *
 * @example
 * ```ts
 * terminalText('a\u001b[2Jb'); // 'a\\x1b[2Jb'
 * terminalText('abc\u202Efed'); // 'abc\\u202efed'
 * ```
 */
export function terminalText(text: string): string {
  return replaceCodeUnits(text, isInvisibleControl, visibleEscape);
}

/**
 * Lines for a terminal: each line made safe with {@link terminalText}, joined by newlines, with a
 * final newline. A newline inside a line's text is shown as `\n`; only the joins are structural.
 *
 * @example
 * ```ts
 * terminalLines(['Station: a\u001bb', 'Total: 73']); // 'Station: a\\x1bb\nTotal: 73\n'
 * ```
 */
export function terminalLines(lines: readonly string[]): string {
  return `${lines.map(terminalText).join('\n')}\n`;
}

/**
 * A block of text whose line breaks are structural (multi-line prose, indented JSON, help text, a
 * document): each line made safe with {@link terminalText}, the line breaks (`\n` or `\r\n`)
 * kept as newlines.
 *
 * @example
 * ```ts
 * terminalBlock('first\nsecond \u001b[0m'); // 'first\nsecond \\x1b[0m'
 * ```
 */
export function terminalBlock(text: string): string {
  return text.split(/\r?\n/).map(terminalText).join('\n');
}
