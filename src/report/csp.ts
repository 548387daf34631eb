/**
 * The Content-Security-Policy of the HTML report: nothing may load or run but the report's own
 * stylesheet and print script, each allowed by its SHA-256 hash, computed from the exact texts
 * when a page is rendered (in pure JavaScript, so reports render in browsers too).
 */
import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';

/**
 * A CSP hash source for an inline `<style>` or `<script>` text: `'sha256-…'` (base64).
 *
 * @example
 * ```ts
 * cspHashSource('body{}'); // "'sha256-…'"
 * ```
 */
export function cspHashSource(text: string): string {
  return `'sha256-${btoa(String.fromCharCode(...sha256(utf8ToBytes(text))))}'`;
}

/**
 * The policy of a self-contained page: no source of any kind (`default-src 'none'`), but the
 * inline styles and scripts given, by hash; no `<base>` and no form target.
 *
 * @example
 * ```ts
 * contentSecurityPolicy({ styles: [css], scripts: [js] });
 * // "default-src 'none'; style-src 'sha256-…'; script-src 'sha256-…'; base-uri 'none'; form-action 'none'"
 * ```
 */
export function contentSecurityPolicy(inline: { styles: readonly string[]; scripts: readonly string[] }): string {
  return [
    "default-src 'none'",
    `style-src ${inline.styles.map(cspHashSource).join(' ')}`,
    `script-src ${inline.scripts.map(cspHashSource).join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
