/**
 * The layout of a station's workbook, derived from the facts schema and the ruleset's record
 * kinds: which sheet holds which part of the facts, and which column holds which field. Nothing
 * here lists fields by hand: the station, period, service points, people and the other parts
 * are read from the zod schema (their fields are made by the field constructors, so each carries
 * its title, type and labels), and the record kinds from `ruleset.recordKinds`.
 *
 * - The station, the period and the scalar fields of the supervision group are rows of one sheet
 *   (`fields`: a label column, a value column).
 * - Every list of objects is a sheet (`list`): the service points, staff, … and one sheet per
 *   record kind, one row per element.
 * - A list nested in an element of a list (the demands of a liaison, the facilities of a service
 *   point) is a sheet of its own whose first column names the element it belongs to.
 * - An optional object nested in an element (a service point's terminal) is a yes/no column for
 *   whether it is there, followed by its own fields (`terminal.services`).
 * - `$schema` (an editor hint of JSON files) has no cell.
 */
import * as z from 'zod';
import { fieldMetaOf, type Label } from '../facts/fields.js';
import type { FactsKinds } from '../facts/for-ruleset.js';
import { describeField, type FieldInfo, type RecordKindInfo } from '../facts/kinds/describe.js';
import { kindRegistry } from '../facts/kinds/record.js';
import { stationFactsSchema } from '../facts/schema.js';

/**
 * What a column holds: a field's type, `presence` (yes/no: whether an optional object is there)
 * or `parent` (the id of the element a nested entry belongs to).
 *
 * @example
 * ```ts
 * const type: ColumnType = 'presence';
 * ```
 */
export type ColumnType = FieldInfo['type'] | 'presence' | 'parent';

/**
 * One column of a list sheet, or one row of the fields sheet.
 *
 * @example
 * ```ts
 * const column: Column = { key: 'date', path: ['date'], title: { zh: '日期', en: 'date' }, type: 'date-time', required: true };
 * ```
 */
export interface Column {
  /** The field name shown beside the title in the header (`date`, `terminal.services`, `station.id`). */
  readonly key: string;
  /** Where the value goes, from the row's object (or from the facts' root on the fields sheet). */
  readonly path: readonly string[];
  readonly title: Label;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly values?: FieldInfo['values'];
  readonly to?: string;
  readonly min?: number;
  readonly max?: number;
}

/** What every sheet of the layout has. */
interface SheetBase {
  /** A name unique in the workbook, used in the sheet's name (`liaisons`, `liaisons.demands`). */
  readonly key: string;
  /** The sheet's name in the workbook: `title.zh key`, at most 31 characters. */
  readonly name: string;
  readonly title: Label;
  readonly description?: Label;
}

/**
 * The sheet of single values: one row per field (the station, the period, the group's leader).
 *
 * @example
 * ```ts
 * layout.fields.rows.map((row) => row.key); // ['station.id', 'station.name', …]
 * ```
 */
export interface FieldsSheet extends SheetBase {
  readonly rows: readonly Column[];
}

/**
 * A sheet of a list: one row per element of the list at `path`.
 *
 * @example
 * ```ts
 * const sheet = layout.lists.find((s) => s.key === 'liaisons.demands');
 * sheet?.parent?.key; // 'liaisons'
 * ```
 */
export interface ListSheet extends SheetBase {
  /** Where the list is in the facts; for a nested list, the field under each parent element. */
  readonly path: readonly string[];
  readonly columns: readonly Column[];
  /** For a nested list: the sheet of the elements it belongs to (its first column names one). */
  readonly parent?: ListSheet;
  /** The optional object the list is in (`supervisionGroup`): there when any of its cells is filled. */
  readonly within?: string;
}

/**
 * The workbook of one ruleset's facts.
 *
 * @example
 * ```ts
 * const layout = workbookLayout(ruleset);
 * layout.lists.map((sheet) => sheet.name);
 * ```
 */
export interface WorkbookLayout {
  readonly fields: FieldsSheet;
  /** The list sheets in workbook order (a nested list right after its parent). */
  readonly lists: readonly ListSheet[];
}

/** What the facts' parts are called when no title is registered (never for the standard's parts). */
const UNTITLED: Label = { zh: '', en: '' };

const titleOf = (schema: z.ZodType): Label => kindRegistry.get(schema)?.title ?? UNTITLED;

/** Looks through optional and default wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

const isOptional = (schema: z.ZodType) => schema instanceof z.ZodOptional || schema instanceof z.ZodDefault;

function fieldColumn(info: FieldInfo, prefix: readonly string[]): Column {
  const path = [...prefix, info.name];
  return {
    key: path.join('.'),
    path,
    title: info.title ?? { zh: info.name, en: info.name },
    type: info.type,
    required: info.required,
    ...(info.values === undefined ? {} : { values: info.values }),
    ...(info.to === undefined ? {} : { to: info.to }),
    ...(info.min === undefined ? {} : { min: info.min }),
    ...(info.max === undefined ? {} : { max: info.max }),
  };
}

/** A nested list found among an element's fields: it becomes a sheet of its own. */
interface NestedList {
  readonly field: string;
  readonly title: Label;
  readonly fields: readonly FieldInfo[];
}

/** Columns of fields described as `FieldInfo` (record kinds, and the parts once described). */
function columnsOf(fields: readonly FieldInfo[], prefix: readonly string[] = []) {
  const columns: Column[] = [];
  const nested: NestedList[] = [];
  for (const field of fields) {
    if (field.type === 'entries')
      nested.push({ field: field.name, title: field.title ?? { zh: field.name }, fields: field.fields ?? [] });
    else columns.push(fieldColumn(field, prefix));
  }
  return { columns, nested };
}

/**
 * The fields of an object schema of the facts as `FieldInfo`, with nested optional objects
 * flattened: a presence column, then the object's fields under its name.
 */
function objectColumns(schema: z.ZodObject, prefix: readonly string[] = []) {
  const columns: Column[] = [];
  const nested: NestedList[] = [];
  for (const [name, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const inner = unwrapped(field);
    if (fieldMetaOf(field) === undefined && inner instanceof z.ZodObject) {
      const path = [...prefix, name];
      columns.push({ key: path.join('.'), path, title: titleOf(inner), type: 'presence', required: false });
      const flattened = objectColumns(inner, path);
      columns.push(...flattened.columns);
      nested.push(...flattened.nested);
      continue;
    }
    const described = columnsOf([describeField(name, field)], prefix);
    columns.push(...described.columns);
    nested.push(...described.nested);
  }
  return { columns, nested };
}

/** The id column of a list: every element of a list the facts name has an `id` first. */
function parentColumn(parent: ListSheet): Column {
  return {
    key: `${parent.key}.id`,
    path: [],
    title: { zh: `${parent.title.zh}编号`, en: `${parent.title.en ?? parent.title.zh} id` },
    type: 'parent',
    required: true,
  };
}

/** Characters a sheet name may not have (Excel's rule), and its longest length. */
const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;

/** `title key` when it fits in a sheet name, else the key (cut to fit, made unique by `used`). */
function sheetName(title: Label, key: string, used: Set<string>): string {
  const zh = title.zh.replace(FORBIDDEN_IN_SHEET_NAMES, '').replace(/^'+|'+$/g, '');
  const full = zh === '' ? key : `${zh} ${key}`;
  let name = full.length <= MAX_SHEET_NAME ? full : key.slice(0, MAX_SHEET_NAME);
  for (let n = 2; used.has(name.toLowerCase()); n++)
    name = `${key.slice(0, MAX_SHEET_NAME - 1 - String(n).length)}~${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** Builds the sheets of the layout in order, giving each a unique key and name. */
class LayoutBuilder {
  readonly lists: ListSheet[] = [];
  private readonly names = new Set<string>();

  constructor(reservedNames: readonly string[]) {
    for (const name of reservedNames) this.names.add(name.toLowerCase());
  }

  name(title: Label, key: string): string {
    return sheetName(title, key, this.names);
  }

  /** Adds a list sheet and the sheets of the lists nested in its elements. */
  list(
    key: string,
    path: readonly string[],
    meta: { title: Label; description?: Label; within?: string },
    described: { columns: readonly Column[]; nested: readonly NestedList[] },
  ): void {
    const sheet: ListSheet = {
      key,
      name: this.name(meta.title, key),
      title: meta.title,
      ...(meta.description ? { description: meta.description } : {}),
      path,
      columns: described.columns,
      ...(meta.within ? { within: meta.within } : {}),
    };
    this.lists.push(sheet);
    for (const nested of described.nested) {
      const childKey = `${key}.${nested.field}`;
      const child = columnsOf(nested.fields);
      this.lists.push({
        key: childKey,
        name: this.name(nested.title, childKey),
        title: nested.title,
        path: [nested.field],
        columns: [parentColumn(sheet), ...child.columns],
        parent: sheet,
      });
    }
  }
}

/** Names of the sheets that are not data: the instructions and the lists of allowed values. */
export const AUXILIARY_SHEETS = {
  instructions: { zh: '填表说明', key: 'instructions' },
  lists: { zh: '选项', key: 'lists' },
} as const;

/** The sheet name of an auxiliary sheet. */
export const auxiliarySheetName = (sheet: keyof typeof AUXILIARY_SHEETS) =>
  `${AUXILIARY_SHEETS[sheet].zh} ${AUXILIARY_SHEETS[sheet].key}`;

/** Top-level fields of the facts that have no cell (see the module comment). */
export const FIELDS_WITHOUT_CELLS = ['$schema'] as const;

/** The sheet of single values: the station, the period and the group's leader. */
const FIELDS_KEY = 'station';
const FIELDS_TITLE: Label = { zh: '供电所', en: 'Station' };

const layouts = new WeakMap<FactsKinds, WorkbookLayout>();

/**
 * The workbook layout for a ruleset's facts: the sheet of single values, then a sheet per list,
 * the record kinds of the ruleset (built-in and declared) in its order. Made once per ruleset.
 *
 * @example
 * ```ts
 * workbookLayout(baseRuleset()).lists.map((sheet) => sheet.key);
 * // ['servicePoints', 'servicePoints.facilities', 'staff', …, 'liaisons', 'liaisons.demands', …]
 * ```
 */
export function workbookLayout(kinds: FactsKinds): WorkbookLayout {
  let layout = layouts.get(kinds);
  if (layout === undefined) {
    layout = buildLayout(kinds.recordKinds);
    layouts.set(kinds, layout);
  }
  return layout;
}

function buildLayout(recordKinds: readonly RecordKindInfo[]): WorkbookLayout {
  const builder = new LayoutBuilder([auxiliarySheetName('instructions'), auxiliarySheetName('lists')]);
  const rows: Column[] = [];
  const shape = stationFactsSchema.shape as Record<string, z.ZodType>;
  const skipped = new Set<string>(FIELDS_WITHOUT_CELLS);
  const fieldsSheetName = builder.name(FIELDS_TITLE, FIELDS_KEY);
  // A record kind named like a part of the facts gets `records.` before its key.
  const partKeys = new Set([FIELDS_KEY, ...Object.keys(shape)]);
  for (const [name, schema] of Object.entries(shape)) {
    if (skipped.has(name)) continue;
    const inner = unwrapped(schema);
    if (name === 'records') {
      for (const kind of recordKinds) {
        const key = partKeys.has(kind.name) ? `records.${kind.name}` : kind.name;
        const meta = { title: kind.title, ...(kind.description ? { description: kind.description } : {}) };
        builder.list(key, ['records', kind.name], meta, columnsOf(kind.fields));
      }
    } else if (inner instanceof z.ZodObject) {
      const described = objectColumns(inner, [name]);
      if (isOptional(schema))
        rows.push({ key: name, path: [name], title: titleOf(inner), type: 'presence', required: false });
      rows.push(...described.columns);
      for (const nested of described.nested) {
        const key = `${name}.${nested.field}`;
        const within = isOptional(schema) ? { within: name } : {};
        builder.list(key, [name, nested.field], { title: nested.title, ...within }, columnsOf(nested.fields));
      }
    } else if (inner instanceof z.ZodArray && inner.element instanceof z.ZodObject) {
      const element = inner.element as z.ZodObject;
      builder.list(name, [name], { title: titleOf(element) }, objectColumns(element));
    } else {
      throw new Error(`The facts field ${name} has no place in the workbook`);
    }
  }
  return {
    fields: { key: FIELDS_KEY, name: fieldsSheetName, title: FIELDS_TITLE, rows },
    lists: builder.lists,
  };
}

/**
 * A column number as a spreadsheet names it.
 *
 * @example
 * ```ts
 * columnLetter(1); // 'A'
 * columnLetter(27); // 'AA'
 * ```
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
