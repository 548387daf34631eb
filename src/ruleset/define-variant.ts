/**
 * `defineVariant`: a typed helper for authors who write variants in TypeScript. At run time it
 * returns its argument; at compile time it knows the names of the facts, their params, the
 * operators, the record kinds (the standard's and those the variant declares) and the params
 * (the base's and the variant's own), so `fact: 'coverag'`, `per: 'week'` or
 * `{ $param: 'monthEndDay' }` fail to compile instead of failing to load.
 */
import type * as z from 'zod';
import type { FACT_CATALOGUE, FactName } from '../engine/facts/index.js';
import type { OperatorName } from '../engine/operators.js';
import type { BuiltInKind } from '../facts/kinds/builtin.js';
import type { RecordKindDeclarationInput } from '../types/generated.js';
import type { ItemInput } from './schema.js';
import type { VariantInput } from './variant.js';

/**
 * The params of the base ruleset (`rules/base/zj-clean-station.json`), by name (a test keeps this
 * list equal to the file's).
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const name: BaseParamName = 'monthEndDays';
 * ```
 */
export type BaseParamName =
  | 'acceptedVenues'
  | 'terminalServices'
  | 'requiredFacilities'
  | 'postRoles'
  | 'refillMonths'
  | 'dismissalMonths'
  | 'supervisorApprover'
  | 'liaisonPer'
  | 'liaisonScope'
  | 'handoverPer'
  | 'handoverScope'
  | 'publicityPer'
  | 'publicityScope'
  | 'quarterlyDisclosurePer'
  | 'immediateDays'
  | 'plannedOutageNoticeDays'
  | 'temporaryOutageNoticeHours'
  | 'faultNoticeHours'
  | 'majorMatterQuorum'
  | 'jointMeetingAttendeeKinds'
  | 'reminderDays'
  | 'monthEndDays'
  | 'monthEndGraceDays'
  | 'quarterEndGraceDays'
  | 'maxCandidates'
  | 'maxTermYears'
  | 'maxConsecutiveTerms'
  | 'groupSize';

/** A value, or a `{ "$param": name }` reference to a param named in `N`, at any depth. */
type WithParams<T, N extends string> =
  | { readonly $param: N }
  | (T extends readonly (infer E)[]
      ? readonly WithParams<E, N>[]
      : T extends object
        ? { readonly [P in keyof T]: WithParams<T[P], N> }
        : T);

/** `T` with every `kind: string` (a record kind) narrowed to the kinds in `K`. */
type WithKinds<T, K extends string> = T extends readonly (infer E)[]
  ? readonly WithKinds<E, K>[]
  : T extends object
    ? { readonly [P in keyof T]: P extends 'kind' ? (string extends T[P] ? K : T[P]) : WithKinds<T[P], K> }
    : T;

type FactParams<F extends FactName, N extends string, K extends string> = WithParams<
  WithKinds<z.input<(typeof FACT_CATALOGUE)[F]['params']>, K>,
  N
>;

/** A reference to a fact with typed params (in conditions and in scoring). */
type FactReferenceOf<N extends string, K extends string> = {
  [F in FactName]: { readonly fact: F; readonly params?: FactParams<F, N, K>; readonly path?: string };
}[FactName];

/**
 * A leaf condition whose fact, params and operator are checked at compile time.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const leaf: TypedLeaf<BaseParamName, 'liaisons'> = {
 *   fact: 'coverage', params: { kind: 'liaisons', per: 'month' }, path: 'missing', operator: 'isEmpty', value: true,
 * };
 * ```
 */
export type TypedLeaf<N extends string, K extends string> = FactReferenceOf<N, K> & {
  readonly operator: OperatorName;
  readonly value: unknown;
  readonly name?: string;
};

/**
 * A condition tree with typed leaves.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const tree: TypedCondition<BaseParamName, BuiltInKind> = { all: [] };
 * ```
 */
export type TypedCondition<N extends string, K extends string> =
  | TypedLeaf<N, K>
  | { readonly all: readonly TypedCondition<N, K>[]; readonly name?: string }
  | { readonly any: readonly TypedCondition<N, K>[]; readonly name?: string }
  | { readonly not: TypedCondition<N, K>; readonly name?: string };

type TypedScoring<N extends string, K extends string> =
  | { readonly mode: 'all-or-nothing' | 'bonus' | 'expert' }
  | {
      readonly mode: 'deduct-per-failure';
      readonly deduct: number;
      readonly floor?: number;
      readonly failures: 'failed-conditions' | FactReferenceOf<N, K>;
    }
  | {
      readonly mode: 'deduct-per-occurrence';
      readonly deduct: number;
      readonly floor?: number | null;
      readonly occurrences: FactReferenceOf<N, K>;
    };

type Typed<N extends string, K extends string> = {
  readonly scoring: TypedScoring<N, K>;
  readonly conditions?: TypedCondition<N, K>;
  readonly applicability?: TypedCondition<N, K>;
};

type TypedItem<N extends string, K extends string> = Omit<ItemInput, keyof Typed<N, K>> & Typed<N, K>;

type TypedOverride<N extends string, K extends string> = Partial<
  Pick<ItemInput, 'points' | 'title' | 'requirement' | 'check' | 'advice'> & Typed<N, K>
>;

/**
 * A variant as `defineVariant` checks it: `P` are the variant's params, `K` the record kinds it
 * declares.
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * const v: TypedVariant<{ trainingMinAttendees: number }, 'safetyTrainings'> = defineVariant({ … });
 * ```
 */
export type TypedVariant<P extends Record<string, unknown>, K extends string> = Omit<
  VariantInput,
  'params' | 'recordKinds' | 'override' | 'add'
> & {
  readonly params?: P;
  readonly recordKinds?: { readonly [Kind in K]: RecordKindDeclarationInput };
  readonly override?: {
    readonly [id: string]: TypedOverride<BaseParamName | (keyof NoInfer<P> & string), BuiltInKind | NoInfer<K>>;
  };
  readonly add?: readonly TypedItem<BaseParamName | (keyof NoInfer<P> & string), BuiltInKind | NoInfer<K>>[];
};

/**
 * Returns the variant unchanged, typed: facts, their params (`per`, `window`, `scope` …),
 * operators, record kinds and `$param` names are checked by the TypeScript compiler. Load the
 * result with `loadRuleset` as any variant (the loader still checks everything at run time).
 *
 * @category Rulesets and variants
 * @example
 * ```ts
 * import { defineVariant, loadRulesetOrThrow } from 'clean-station';
 * const variant = defineVariant({
 *   id: 'my-city', version: '1.0.0', extends: { id: 'zj-clean-station', version: '^1.0.0' },
 *   params: { monthEndDays: 7 },
 *   override: {
 *     'monthly-liaison': {
 *       conditions: { all: [{ fact: 'coverage', params: { kind: 'liaisons', per: { $param: 'liaisonPer' } },
 *         path: 'missing', operator: 'isEmpty', value: true }] },
 *     },
 *   },
 * });
 * const ruleset = loadRulesetOrThrow(variant);
 * ```
 */
export function defineVariant<
  const P extends Record<string, unknown> = Record<never, never>,
  const K extends string = never,
>(variant: TypedVariant<P, K>): VariantInput {
  return variant as unknown as VariantInput;
}
