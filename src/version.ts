/**
 * The library's name and version, stamped on every result (kept equal to package.json by a test).
 *
 * @category Evaluate
 * @example
 * ```ts
 * console.log(`${LIBRARY.name}@${LIBRARY.version}`);
 * ```
 */
export const LIBRARY = { name: 'clean-station', version: '0.1.0' } as const;
