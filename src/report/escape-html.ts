/** HTML escaping of text taken from results, shared by the HTML report and its chart. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values.
 *
 * @category Reports
 * @example
 * ```ts
 * escapeHtml('<b> & "x"'); // '&lt;b&gt; &amp; &quot;x&quot;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
