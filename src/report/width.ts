/** Column widths in a terminal, where Chinese characters take two cells. */
import { terminalText } from './terminal.js';

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  return WIDE.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Combining marks and format characters take no cell of their own. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/**
 * The number of terminal cells a text takes (East Asian wide characters count two, combining
 * marks and format characters none).
 *
 * @example
 * ```ts
 * displayWidth('abc'); // 3
 * displayWidth('合格（标准型）'); // 14
 * displayWidth('e\u0301'); // 1
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint >= 0x300 && ZERO_WIDTH.test(char)) continue;
    width += isWide(codePoint) ? 2 : 1;
  }
  return width;
}

/**
 * Pads a text to a display width, on the right (`end`) or the left (`start`).
 *
 * @example
 * ```ts
 * padDisplay('合格', 6); // '合格  '
 * padDisplay('7', 3, 'start'); // '  7'
 * ```
 */
export function padDisplay(text: string, width: number, side: 'start' | 'end' = 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'end' ? text + fill : fill + text;
}

/**
 * Lays out rows as aligned columns with a rule under the header. Every header and cell is made
 * safe for a terminal first ({@link terminalText}), so the widths are those of what is shown.
 *
 * @example
 * ```ts
 * textTable(['No.', 'Item'], [['9', '客户经理每月对接']], [0]);
 * ```
 */
export function textTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  rightAligned: readonly number[] = [],
): string[] {
  return [...textTableLines(headers, rows, rightAligned)];
}

/**
 * The lines of {@link textTable}, for rows made on demand: `rows` is iterated twice, once to
 * measure the columns and once to lay them out, so that only one row is held at a time.
 *
 * @example
 * ```ts
 * const rows = { *[Symbol.iterator]() { for (const s of stations) yield [s.rank, s.name]; } };
 * for (const line of textTableLines(['No.', 'Station'], rows, [0])) out.write(`${line}\n`);
 * ```
 */
export function* textTableLines(
  headers: readonly string[],
  rows: Iterable<readonly string[]>,
  rightAligned: readonly number[] = [],
): Generator<string> {
  const head = headers.map(terminalText);
  const widths = head.map(displayWidth);
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(terminalText(cell)));
    });
  }
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => padDisplay(cell, widths[i] ?? 0, rightAligned.includes(i) ? 'start' : 'end'))
      .join('  ')
      .trimEnd();
  yield line(head);
  yield widths.map((w) => '-'.repeat(w)).join('  ');
  for (const row of rows) yield line(row.map(terminalText));
}
