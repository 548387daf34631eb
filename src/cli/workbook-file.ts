/** Whether a file is a workbook, told from its name alone (nothing that reads workbooks is loaded). */

/**
 * Whether a file is a workbook (by its name: `.xlsx`, any case).
 *
 * @example
 * ```ts
 * isWorkbookFile('station.xlsx'); // true
 * ```
 */
export const isWorkbookFile = (file: string) => /\.xlsx$/i.test(file);
