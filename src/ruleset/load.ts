/**
 * `loadRuleset`: validate and resolve ruleset JSON (a base, or a base with a chain of variants
 * given in any order), reporting every problem at once with the file and path it comes from.
 */
import semver from 'semver';
import baseDocument from '../../rules/base/zj-clean-station.json' with { type: 'json' };
import { warningParamsSchema } from '../assess/warning-params.js';
import { InvalidInputError, type Issue, makeIssue, type ParseResult } from '../issues/issue.js';
import { limitIssues, MAX_ISSUES } from '../issues/limit.js';
import { unreadableIssue } from '../issues/unreadable.js';
import { fromZodIssues } from '../issues/zod-issues.js';
import { countJsonValues } from '../util/json-guard.js';
import { applyVariant } from './apply-variant.js';
import { type ChainEntry, type DocumentIssue, resolveChain } from './chain.js';
import { finalizeRuleset, type Ruleset, type RulesetLink } from './finalize.js';
import { type BaseRuleset, baseRulesetSchema } from './schema.js';
import { relocate, type TracedRuleset, tracedBase } from './traced.js';
import { isVariantDocument, type Variant, variantSchema } from './variant.js';

/**
 * Options of {@link loadRuleset}.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const options: LoadRulesetOptions = { files: ['jinhua-city.json', 'zj-clean-station.json'] };
 * ```
 */
export interface LoadRulesetOptions {
  /** The file name of each document, in input order, stamped on the issues. */
  readonly files?: readonly string[];
}

/** The most documents one `loadRuleset` call reads (a base and a chain of variants). */
export const MAX_RULESET_DOCUMENTS = 100;

/**
 * The most JSON values (objects, arrays, scalars) the documents of one `loadRuleset` call may
 * hold together, counted as trees: far above any real ruleset (the base holds about 3 000), and a
 * bound on the work of reading values built in memory, where one object can be shared many
 * times over or contain itself.
 */
export const MAX_DOCUMENT_VALUES = 2_000_000;

type Parsed = { kind: 'base'; doc: BaseRuleset } | { kind: 'variant'; doc: Variant };

/**
 * Whether `range` is a semver range as written: valid, and with no blank alternative. semver
 * reads `""`, `"||||"` or `"^1.0.0 ||"` as any version at all; a ruleset that means any version
 * says so with a wildcard (`*`, `x`, `>=0.0.0`).
 */
function isWrittenRange(range: string): boolean {
  return semver.validRange(range) !== null && range.split('||').every((alternative) => alternative.trim() !== '');
}

function parseDocument(input: unknown): { ok: true; value: Parsed } | { ok: false; issues: Issue[] } {
  if (isVariantDocument(input)) {
    const parsed = variantSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
    const issues: Issue[] = [];
    if (semver.valid(parsed.data.version) === null)
      issues.push(makeIssue('invalid-version', ['version'], { value: parsed.data.version }));
    if (!isWrittenRange(parsed.data.extends.version))
      issues.push(makeIssue('invalid-range', ['extends', 'version'], { value: parsed.data.extends.version }));
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { kind: 'variant', doc: parsed.data } };
  }
  const parsed = baseRulesetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  if (semver.valid(parsed.data.version) === null) {
    return { ok: false, issues: [makeIssue('invalid-version', ['version'], { value: parsed.data.version })] };
  }
  return { ok: true, value: { kind: 'base', doc: parsed.data } };
}

function chainEntry(parsed: Parsed): ChainEntry {
  return parsed.kind === 'variant'
    ? { id: parsed.doc.id, version: parsed.doc.version, extends: parsed.doc.extends }
    : { id: parsed.doc.id, version: parsed.doc.version };
}

/** The bundled base, added when a variant extends it and it was not given. */
function withBundledBase(documents: Parsed[]): Parsed[] {
  const ids = new Set(documents.map((d) => d.doc.id));
  const needed = documents.some((d) => d.kind === 'variant' && d.doc.extends.id === baseDocument.id);
  if (!needed || ids.has(baseDocument.id)) return documents;
  return [...documents, { kind: 'base', doc: baseRulesetSchema.parse(baseDocument) }];
}

function warningParamIssues(params: BaseRuleset['params']): Issue[] {
  const parsed = warningParamsSchema.safeParse(params, { reportInput: true });
  return parsed.success ? [] : fromZodIssues(parsed.error.issues, ['params']);
}

/** Finalizes one step of the chain; issues are re-addressed to where their values were written. */
function finalizeStep(
  traced: TracedRuleset,
  chain: readonly RulesetLink[],
  doc: number,
): { ok: true; value: Ruleset } | { ok: false; issues: DocumentIssue[] } {
  const newParams = [...traced.introducedParams].filter(([, by]) => by === doc).map(([name]) => name);
  const done = finalizeRuleset(traced.doc, chain, traced.origins, { newParams });
  const issues = [...(done.ok ? [] : done.issues), ...warningParamIssues(traced.doc.params)];
  if (!done.ok || issues.length > 0) {
    return { ok: false, issues: issues.map((issue) => relocate(traced, doc, issue)) };
  }
  return done;
}

/** The resolved document (variants applied, params not yet substituted) of each loaded ruleset. */
const resolvedDocuments = new WeakMap<Ruleset, BaseRuleset>();

/**
 * The document a ruleset was resolved from: the base with every variant applied, before params
 * are substituted (so conditions still show `{ "$param": … }`). For documentation generators.
 *
 * @example
 * ```ts
 * rulesetDocument(loadRulesetOrThrow([variant]))?.items.find((i) => i.id === 'monthly-safety-training')?.conditions;
 * ```
 */
export function rulesetDocument(ruleset: Ruleset): BaseRuleset | undefined {
  return resolvedDocuments.get(ruleset);
}

function resolve(documents: readonly Parsed[]): { ok: true; value: Ruleset } | { ok: false; issues: DocumentIssue[] } {
  const chain = resolveChain(documents.map(chainEntry));
  if (!chain.ok) return chain;
  const [root, ...rest] = chain.order as [number, ...number[]];
  const base = documents[root] as Parsed & { kind: 'base' };
  const traced = tracedBase(base.doc, root);
  const links: RulesetLink[] = [{ id: base.doc.id, version: base.doc.version }];
  let result = finalizeStep(traced, links, root);
  const issues: DocumentIssue[] = result.ok ? [] : [...result.issues];
  for (const doc of rest) {
    const variant = (documents[doc] as Parsed & { kind: 'variant' }).doc;
    links.push({ id: variant.id, version: variant.version });
    // A step is checked as a whole only when the steps before it were sound; its own problems
    // (unknown ids) do not stop the checks, so an author sees every problem of the file at once.
    const sound = issues.length === 0;
    issues.push(...applyVariant(traced, variant, doc).map((issue) => ({ doc, issue })));
    if (!sound) continue;
    result = finalizeStep(traced, [...links], doc);
    if (!result.ok) issues.push(...result.issues);
  }
  if (issues.length > 0) return { ok: false, issues };
  if (result.ok) resolvedDocuments.set(result.value, traced.doc);
  return result;
}

/**
 * Validates and resolves a ruleset: a base document alone, or an array of documents (a base and
 * variants, variants of variants) in any order, resolved by their `extends`. A variant that
 * extends the standard's base (`zj-clean-station`) may be given without it: the bundled base is
 * used. Returns the {@link Ruleset} of the one document nothing else extends, or every issue
 * (code, JSON path, zh/en message, and the file from `options.files`). Never throws (a value that
 * throws when read, such as a getter or a proxy, is an `unreadable-value` issue); nothing in
 * the documents is evaluated as code.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * import base from 'clean-station/rules/base' with { type: 'json' };
 * const loaded = loadRuleset([variant, base], { files: ['jinhua-city.json', 'zj-clean-station.json'] });
 * if (loaded.ok) console.log(loaded.value.chain, loaded.value.hash);
 * else for (const issue of loaded.issues) console.error(issue.file, issue.path, issue.message.en);
 * ```
 */
export function loadRuleset(input: unknown, options: LoadRulesetOptions = {}): ParseResult<Ruleset> {
  const stamp = ({ doc, issue }: DocumentIssue): Issue => {
    const file = options.files?.[doc];
    return file === undefined ? issue : { ...issue, file };
  };
  try {
    return loadReadable(input, stamp);
  } catch (thrown) {
    // Found in a list of documents, the path starts with the index of the document.
    const issue = unreadableIssue(input, thrown);
    const [doc, ...path] = issue.path;
    return { ok: false, issues: [typeof doc === 'number' ? stamp({ doc, issue: { ...issue, path } }) : issue] };
  }
}

function loadReadable(input: unknown, stamp: (issue: DocumentIssue) => Issue): ParseResult<Ruleset> {
  const inputs = Array.isArray(input) ? input : [input];
  if (inputs.length === 0) return { ok: false, issues: [makeIssue('no-ruleset', [])] };
  if (inputs.length > MAX_RULESET_DOCUMENTS) {
    return { ok: false, issues: [makeIssue('too-many-documents', [], { limit: MAX_RULESET_DOCUMENTS })] };
  }
  const parsed: Parsed[] = [];
  const issues: DocumentIssue[] = [];
  let values = 0;
  for (let doc = 0; doc < inputs.length && issues.length <= MAX_ISSUES; doc++) {
    values += countJsonValues(inputs[doc], MAX_DOCUMENT_VALUES - values);
    if (values > MAX_DOCUMENT_VALUES) {
      issues.push({ doc, issue: makeIssue('too-many-values', [], { limit: MAX_DOCUMENT_VALUES }) });
      break;
    }
    const one = parseDocument(inputs[doc]);
    if (one.ok) parsed.push(one.value);
    else issues.push(...one.issues.map((issue) => ({ doc, issue })));
  }
  if (issues.length > 0) return { ok: false, issues: limitIssues(issues.map(stamp)) };
  const resolved = resolve(withBundledBase(parsed));
  if (!resolved.ok) return { ok: false, issues: limitIssues(resolved.issues.map(stamp)) };
  return { ok: true, value: resolved.value, issues: [] };
}

/**
 * Like {@link loadRuleset} but throws an {@link InvalidInputError} with every issue.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const ruleset = loadRulesetOrThrow([base, variant]);
 * ```
 */
export function loadRulesetOrThrow(input: unknown, options: LoadRulesetOptions = {}): Ruleset {
  const loaded = loadRuleset(input, options);
  if (!loaded.ok) throw new InvalidInputError('ruleset', loaded.issues);
  return loaded.value;
}
