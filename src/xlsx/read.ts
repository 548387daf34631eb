/**
 * `readWorkbook`: a station's workbook in, typed facts or every problem out, each located by
 * sheet, row and column as well as by its facts path. The cells are turned into facts by the
 * workbook's layout (`layout.ts`); then the facts go through `parseFacts` for the ruleset, whose
 * issues are located back at the cells they came from.
 */
import { BUILT_IN_FACTS_KINDS, type FactsKinds } from '../facts/for-ruleset.js';
import { parseFacts } from '../facts/parse.js';
import { type StationFacts, stationFactsSchema } from '../facts/schema.js';
import { formatPath, type Issue, type JsonPath } from '../issues/issue.js';
import { MAX_ISSUES } from '../issues/limit.js';
import { closestName } from '../util/closest.js';
import { type CellContext, type CellRead, readCell } from './cells.js';
import { type Grid, type GridRow, openWorkbook } from './grid.js';
import { type CellLocation, type WorkbookIssue, workbookIssue } from './issues.js';
import {
  AUXILIARY_SHEETS,
  type Column,
  columnLetter,
  type FieldsSheet,
  type ListSheet,
  type WorkbookLayout,
  workbookLayout,
} from './layout.js';

/**
 * Options of {@link readWorkbook}.
 *
 * @example
 * ```ts
 * const options: ReadWorkbookOptions = { ruleset: loadRulesetOrThrow([variant]) };
 * ```
 */
export interface ReadWorkbookOptions {
  /** The ruleset whose record kinds the workbook has sheets for (the base ruleset when absent). */
  readonly ruleset?: FactsKinds;
}

/**
 * What {@link readWorkbook} found: the facts (parsed for the ruleset) or every problem, each
 * located by sheet, row and column; and always the warnings (a sheet missing and read as empty,
 * an empty column with an unknown header) and how many empty rows were skipped.
 *
 * @example
 * ```ts
 * const read: WorkbookRead = await readWorkbook(bytes);
 * if (read.ok) await evaluate(read.value);
 * ```
 */
export type WorkbookRead = (
  | { readonly ok: true; readonly value: StationFacts; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly WorkbookIssue[] }
) & {
  readonly warnings: readonly WorkbookIssue[];
  /** Empty rows between the header and a sheet's last filled row, skipped. */
  readonly emptyRows: number;
  /** The facts as read from the cells, before they were checked (what `import` writes as JSON). */
  readonly facts: unknown;
};

type Json = Record<string, unknown>;

/** The field name in a header or label cell: its last word (`日期 date` → `date`). */
const keyOf = (text: string) => text.trim().split(/\s+/).pop() ?? '';

/** Which column of the layout a header names: by its field name, else by its title alone. */
function columnNamed(header: string, columns: readonly Column[]): Column | undefined {
  const key = keyOf(header);
  const trimmed = header.trim();
  return (
    columns.find((c) => c.key === key) ??
    columns.find((c) => trimmed === c.title.zh || trimmed === c.title.en || trimmed === `${c.title.zh} ${c.key}`)
  );
}

const cellText = (cell: CellRead | undefined): string => {
  if (cell === undefined) return '';
  if (cell.kind === 'text') return cell.text;
  if (cell.kind === 'number') return String(cell.value);
  return '';
};

const isBlank = (cell: CellRead | undefined) => cell === undefined || (cell.kind === 'text' && cell.text.trim() === '');

/** Sets `value` at `path` under `target`, making the objects on the way. */
function setAt(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1] as string] = value;
}

/** A column's meaning of a cell: a blank text is an empty cell, except in a text column. */
function meaningOf(cell: CellRead | undefined, column: Column, context: CellContext) {
  if (cell === undefined || (column.type !== 'text' && isBlank(cell)))
    return readCell({ kind: 'empty' }, column, context);
  return readCell(cell, column, context);
}

/** Whether a column is a field of an optional object (it follows that object's presence column). */
const underPresence = (column: Column, columns: readonly Column[]) =>
  columns.some((c) => c.type === 'presence' && column.key.startsWith(`${c.key}.`));

const isListColumn = (column: Column) => column.type === 'refs' || column.type === 'texts' || column.type === 'enums';

function getAt(target: Json, path: readonly string[]): unknown {
  let node: unknown = target;
  for (const key of path) node = (node as Json | undefined)?.[key];
  return node;
}

/** Whether a presence column's object is there, given its own cell and the values under it. */
function presenceOf(value: unknown, filledBelow: boolean): 'present' | 'absent' | 'conflict' {
  if (value === false) return filledBelow ? 'conflict' : 'absent';
  return value === true || filledBelow ? 'present' : 'absent';
}

/** Reads one workbook; see {@link readWorkbook}. */
class WorkbookReader {
  readonly issues: WorkbookIssue[] = [];
  readonly warnings: WorkbookIssue[] = [];
  emptyRows = 0;
  readonly root: Json = {};
  /** Where each facts path was read from (formatted path → location). */
  private readonly locations = new Map<string, CellLocation>();
  /** Paths whose value had a problem already reported, or that sit in a missing column. */
  private readonly reported = new Set<string>();
  /** The elements read for each list sheet, for the lists nested in them. */
  private readonly elements = new Map<ListSheet, Array<{ path: JsonPath; value: Json }>>();
  private context: CellContext;

  constructor(
    private readonly layout: WorkbookLayout,
    private readonly sheetOrder: ReadonlyMap<string, number>,
    date1904: boolean,
  ) {
    this.context = { timeZone: '', date1904 };
  }

  private locate(path: JsonPath, location: CellLocation): void {
    this.locations.set(formatPath(path), location);
  }

  private problem(code: string, path: JsonPath, params: Record<string, string | number>, location: CellLocation) {
    this.issues.push(workbookIssue(code, path, params, location));
    this.reported.add(formatPath(path));
  }

  /** The value of one cell at `path`, or a located problem. */
  private cell(cell: CellRead | undefined, column: Column, path: JsonPath, location: CellLocation) {
    this.locate(path, location);
    const meaning = meaningOf(cell, column, this.context);
    if ('problem' in meaning) {
      this.problem(meaning.problem.code, path, meaning.problem.params, location);
      return undefined;
    }
    return 'value' in meaning ? { value: meaning.value } : undefined;
  }

  readFields(sheet: FieldsSheet, grid: Grid | undefined): void {
    this.root.station = {};
    this.root.period = {};
    if (grid === undefined) {
      this.problem('xlsx-missing-sheet', [], { sheet: sheet.name }, { sheet: sheet.name });
      this.context = { ...this.context, timeZone: '' };
      return;
    }
    const at = new Map<Column, GridRow>();
    const known = sheet.rows.map((r) => r.key).join(', ');
    for (const row of grid.rows) {
      if (row.number === 1) continue;
      const label = cellText(row.cells.get(1));
      const column = columnNamed(label, sheet.rows);
      const value = row.cells.get(2);
      if (column === undefined) {
        if (isBlank(value) && label.trim() === '') continue;
        const suggestion = closestName(
          keyOf(label),
          sheet.rows.map((r) => r.key),
        );
        const issue = workbookIssue(
          'xlsx-unknown-row',
          [],
          { label, known, ...(suggestion ? { suggestion } : {}) },
          { sheet: grid.name, row: row.number, column: 'A' },
        );
        (isBlank(value) ? this.warnings : this.issues).push(issue);
        continue;
      }
      const first = at.get(column);
      if (first) {
        this.problem(
          'xlsx-duplicate-row',
          column.path,
          { key: column.key, first: first.number },
          {
            sheet: grid.name,
            row: row.number,
            column: 'A',
          },
        );
        continue;
      }
      at.set(column, row);
    }
    // The time zone first: date-times on every sheet are read in it.
    const zoneColumn = sheet.rows.find((r) => r.key === 'station.timeZone');
    const zoneCell = zoneColumn ? cellText(at.get(zoneColumn)?.cells.get(2)) : '';
    this.context = { ...this.context, timeZone: zoneCell.trim() };
    const presences: Array<{ column: Column; value: unknown; location: CellLocation }> = [];
    for (const column of sheet.rows) {
      const row = at.get(column);
      const location: CellLocation = row
        ? { sheet: grid.name, row: row.number, column: 'B', header: `${column.title.zh} ${column.key}` }
        : { sheet: grid.name };
      const read = this.cell(row?.cells.get(2), column, column.path, location);
      if (column.type === 'presence') presences.push({ column, value: read?.value, location });
      else if (read) setAt(this.root, column.path, read.value);
    }
    this.pendingPresences = presences;
  }

  /** Presence rows of the fields sheet, settled once the list sheets inside them are read. */
  private pendingPresences: Array<{ column: Column; value: unknown; location: CellLocation }> = [];

  /** Settles the optional objects of the fields sheet (the supervision group). */
  settlePresences(): void {
    for (const { column, value, location } of this.pendingPresences) {
      const key = column.path[0] as string;
      const filledBelow = this.root[key] !== undefined;
      const presence = presenceOf(value, filledBelow);
      if (presence === 'conflict') this.problem('xlsx-presence-conflict', column.path, {}, location);
      if (presence === 'present') {
        this.root[key] ??= {};
        for (const sheet of this.layout.lists)
          if (sheet.within === key && readListAt(this.root, sheet.path) === undefined) setAt(this.root, sheet.path, []);
      } else delete this.root[key];
    }
  }

  /** Maps a sheet's header row to the layout's columns; reports unknown, unnamed and repeated ones. */
  private header(sheet: ListSheet, grid: Grid, filled: readonly GridRow[]) {
    const headerRow = grid.rows.find((row) => row.number === 1);
    const byNumber = new Map<number, Column>();
    const seen = new Map<Column, number>();
    const used = new Set<number>();
    for (const row of filled) for (const column of row.cells.keys()) used.add(column);
    const known = sheet.columns.map((c) => c.key);
    for (const [number, cell] of headerRow?.cells ?? []) {
      const header = cellText(cell);
      if (header.trim() === '') continue;
      const column = columnNamed(header, sheet.columns);
      const location: CellLocation = { sheet: grid.name, row: 1, column: columnLetter(number), header };
      if (column === undefined) {
        const suggestion = closestName(keyOf(header), known);
        const params = { header, known: known.join(', '), ...(suggestion ? { suggestion } : {}) };
        if (used.has(number)) this.issues.push(workbookIssue('xlsx-unknown-column', sheet.path, params, location));
        else this.warnings.push(workbookIssue('xlsx-unknown-empty-column', sheet.path, params, location));
        continue;
      }
      const first = seen.get(column);
      if (first !== undefined) {
        const params = { key: column.key, first: columnLetter(first) };
        this.issues.push(workbookIssue('xlsx-duplicate-column', sheet.path, params, location));
        continue;
      }
      seen.set(column, number);
      byNumber.set(number, column);
    }
    for (const number of used) {
      if (byNumber.has(number) || isBlank(headerRow?.cells.get(number)) === false) continue;
      const location: CellLocation = { sheet: grid.name, row: 1, column: columnLetter(number) };
      this.issues.push(workbookIssue('xlsx-unnamed-column', sheet.path, {}, location));
    }
    return { byNumber, present: new Set(seen.keys()) };
  }

  /** Required columns absent from a sheet that has rows: reported once, not once per row. */
  private missingColumns(sheet: ListSheet, grid: Grid, present: ReadonlySet<Column>): Column[] {
    const presenceKeys = sheet.columns.filter((c) => c.type === 'presence').map((c) => `${c.key}.`);
    const missing = sheet.columns.filter(
      (c) => c.required && !present.has(c) && !presenceKeys.some((prefix) => c.key.startsWith(prefix)),
    );
    for (const column of missing) {
      const header = `${column.title.zh} ${column.key}`;
      this.issues.push(workbookIssue('xlsx-missing-column', sheet.path, { header }, { sheet: grid.name, row: 1 }));
    }
    return missing;
  }

  readList(sheet: ListSheet, grid: Grid | undefined): void {
    if (grid === undefined) {
      this.warnings.push(
        workbookIssue('xlsx-sheet-read-as-empty', sheet.path, { sheet: sheet.name }, { sheet: sheet.name }),
      );
      return;
    }
    const filled = grid.rows.filter((row) => row.number > 1 && [...row.cells.values()].some((c) => !isBlank(c)));
    const last = filled.at(-1)?.number ?? 1;
    this.emptyRows += last - 1 - filled.length;
    const { byNumber, present } = this.header(sheet, grid, filled);
    const missing = filled.length > 0 ? this.missingColumns(sheet, grid, present) : [];
    const read: Array<{ path: JsonPath; value: Json }> = [];
    this.elements.set(sheet, read);
    this.locate(sheet.path, { sheet: grid.name });
    // A list inside an optional object (the group's members) is there only when the object is.
    if (sheet.parent === undefined && (sheet.within === undefined || filled.length > 0))
      setAt(this.root, sheet.path, []);
    for (const row of filled) {
      const target = this.target(sheet, row, byNumber, grid.name);
      if (target === null) continue;
      this.locate(target.path, { sheet: grid.name, row: row.number });
      for (const column of missing) this.reported.add(formatPath([...target.path, ...column.path]));
      target.list.push(this.element(row, byNumber, target.path, grid.name));
      read.push({ path: target.path, value: target.list.at(-1) as Json });
    }
  }

  /** The list a row goes into, and its path: the sheet's own list, or its parent element's. */
  private target(sheet: ListSheet, row: GridRow, byNumber: ReadonlyMap<number, Column>, name: string) {
    if (sheet.parent === undefined) {
      const list = readListAt(this.root, sheet.path);
      return { list, path: [...sheet.path, list.length] as JsonPath };
    }
    const [number, column] = [...byNumber].find(([, c]) => c.type === 'parent') ?? [];
    const ref = number === undefined ? '' : cellText(row.cells.get(number)).trim();
    const location: CellLocation = {
      sheet: name,
      row: row.number,
      ...(number === undefined ? {} : { column: columnLetter(number), header: `${column?.title.zh} ${column?.key}` }),
    };
    const parents = this.elements.get(sheet.parent) ?? [];
    const parent = parents.find((p) => p.value.id === ref);
    if (parent === undefined) {
      this.problem('xlsx-unknown-parent', sheet.parent.path, { ref, sheet: sheet.parent.name }, location);
      return null;
    }
    const field = sheet.path[0] as string;
    if (!Array.isArray(parent.value[field])) parent.value[field] = [];
    const list = parent.value[field] as unknown[];
    return { list, path: [...parent.path, field, list.length] as JsonPath };
  }

  /** One element from one row: every known column's value, optional objects settled. */
  private element(row: GridRow, byNumber: ReadonlyMap<number, Column>, path: JsonPath, name: string): Json {
    const element: Json = {};
    const columns = [...byNumber.values()];
    const presences: Array<{ column: Column; value: unknown; location: CellLocation }> = [];
    for (const [number, column] of byNumber) {
      if (column.type === 'parent') continue;
      const cell = row.cells.get(number);
      // A blank cell inside an optional object says nothing: the object's own cell decides.
      if (isBlank(cell) && underPresence(column, columns)) continue;
      const location: CellLocation = {
        sheet: name,
        row: row.number,
        column: columnLetter(number),
        header: `${column.title.zh} ${column.key}`,
      };
      const read = this.cell(cell, column, [...path, ...column.path], location);
      if (column.type === 'presence') presences.push({ column, value: read?.value, location });
      else if (read) setAt(element, column.path, read.value);
    }
    for (const { column, value, location } of presences) {
      const key = column.path[0] as string;
      const presence = presenceOf(value, element[key] !== undefined);
      if (presence === 'conflict') this.problem('xlsx-presence-conflict', [...path, key], {}, location);
      if (presence === 'present') {
        element[key] ??= {};
        // An empty list cell of an object that is there is an empty list.
        for (const inner of columns)
          if (isListColumn(inner) && inner.path[0] === key && getAt(element, inner.path) === undefined)
            setAt(element, inner.path, []);
      } else delete element[key];
    }
    return element;
  }

  /** Unknown sheets with data are problems; empty ones are left alone. */
  unknownSheet(grid: Grid, known: readonly string[]): void {
    if (!grid.rows.some((row) => [...row.cells.values()].some((c) => !isBlank(c)))) return;
    const suggestion = closestName(keyOf(grid.name), known.map(keyOf));
    this.issues.push(
      workbookIssue(
        'xlsx-unknown-sheet',
        [],
        { sheet: grid.name, known: known.join(', '), ...(suggestion ? { suggestion } : {}) },
        { sheet: grid.name },
      ),
    );
  }

  /** The location of a facts path: where it, or the nearest path above it, was read. */
  private locationOf(path: JsonPath): CellLocation {
    for (let n = path.length; n >= 0; n--) {
      const found = this.locations.get(formatPath(path.slice(0, n)));
      if (found) return found;
    }
    return { sheet: this.layout.fields.name };
  }

  private wasReported(path: JsonPath): boolean {
    for (let n = path.length; n > 0; n--) if (this.reported.has(formatPath(path.slice(0, n)))) return true;
    return false;
  }

  /** The facts check's issues, located; those about a value already reported are left out. */
  located(issues: readonly Issue[]): WorkbookIssue[] {
    return issues
      .filter((issue) => !this.wasReported(issue.path))
      .map((issue) => ({ ...issue, location: this.locationOf(issue.path) }));
  }

  /** Issues in workbook order: by sheet, then row, then column. */
  ordered(issues: readonly WorkbookIssue[]): WorkbookIssue[] {
    const sheetIndex = (issue: WorkbookIssue) => this.sheetOrder.get(issue.location.sheet) ?? -1;
    const columnIndex = (issue: WorkbookIssue) =>
      issue.location.column === undefined
        ? 0
        : issue.location.column.length * 1000 + issue.location.column.charCodeAt(issue.location.column.length - 1);
    return [...issues].sort(
      (a, b) =>
        sheetIndex(a) - sheetIndex(b) ||
        (a.location.row ?? 0) - (b.location.row ?? 0) ||
        columnIndex(a) - columnIndex(b) ||
        formatPath(a.path).localeCompare(formatPath(b.path)),
    );
  }
}

const readListAt = (root: Json, path: readonly string[]) => getAt(root, path) as unknown[];

/** The data sheet (or auxiliary sheet) a sheet's name stands for: its exact name, else its last word. */
function matchSheets(layout: WorkbookLayout, grids: readonly Grid[]) {
  const data: Array<FieldsSheet | ListSheet> = [layout.fields, ...layout.lists];
  const auxiliary: readonly string[] = Object.values(AUXILIARY_SHEETS).map((sheet) => sheet.key);
  const matched = new Map<FieldsSheet | ListSheet, Grid>();
  const unknown: Grid[] = [];
  for (const grid of grids) {
    const key = keyOf(grid.name);
    const sheet = data.find((s) => s.name === grid.name) ?? data.find((s) => s.key === key);
    if (sheet !== undefined && !matched.has(sheet)) matched.set(sheet, grid);
    else if (sheet === undefined && auxiliary.includes(key)) continue;
    else unknown.push(grid);
  }
  return { matched, unknown, known: data.map((s) => s.name) };
}

/** The facts' top-level fields in the schema's order (the station first), as a facts file has them. */
function inSchemaOrder(root: Json): Json {
  const ordered: Json = {};
  for (const key of Object.keys(stationFactsSchema.shape)) if (root[key] !== undefined) ordered[key] = root[key];
  return ordered;
}

/** The first `MAX_ISSUES` issues, and one saying there were more. */
function capped(issues: WorkbookIssue[], sheet: string): WorkbookIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  return [...issues.slice(0, MAX_ISSUES), workbookIssue('too-many-issues', [], { limit: MAX_ISSUES }, { sheet })];
}

/**
 * Reads a station's workbook (the bytes of an .xlsx file, as `workbookTemplate` writes it and a
 * spreadsheet program saves it) into facts for the ruleset. Every problem is reported at once,
 * each with its sheet, row and column, its facts path, a code and a zh/en message: a cell that
 * cannot mean what its column takes (a text in a date cell, a label not in the list), a
 * reference to nothing (an unknown staff id), a required column missing, an unknown sheet or
 * column with data in it, and every issue of `parseFacts`. Empty rows are skipped and counted.
 * Never throws on any input.
 *
 * @example
 * ```ts
 * const read = await readWorkbook(readFileSync('station.xlsx'), { ruleset });
 * if (read.ok) console.log((await evaluate(read.value, { ruleset })).total);
 * else for (const issue of read.issues) console.error(formatLocation(issue.location), issue.message.zh);
 * ```
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<WorkbookRead> {
  const layout = workbookLayout(options.ruleset ?? BUILT_IN_FACTS_KINDS);
  const opened = await openWorkbook(bytes);
  if (!('sheets' in opened)) {
    const issue = workbookIssue(opened.code, [], opened.params, { sheet: '' });
    return { ok: false, issues: [issue], warnings: [], emptyRows: 0, facts: undefined };
  }
  const { matched, unknown, known } = matchSheets(layout, opened.sheets);
  const order = new Map(opened.sheets.map((grid, index) => [grid.name, index] as const));
  for (const sheet of [layout.fields, ...layout.lists]) if (!matched.has(sheet)) order.set(sheet.name, order.size);
  const reader = new WorkbookReader(layout, order, opened.date1904);
  reader.readFields(layout.fields, matched.get(layout.fields));
  for (const sheet of layout.lists) reader.readList(sheet, matched.get(sheet));
  reader.settlePresences();
  for (const grid of unknown) reader.unknownSheet(grid, known);
  const facts = inSchemaOrder(reader.root);
  const parsed = parseFacts(facts, options.ruleset === undefined ? {} : { ruleset: options.ruleset });
  const common = { warnings: reader.ordered(reader.warnings), emptyRows: reader.emptyRows, facts };
  const issues = reader.ordered([...reader.issues, ...(parsed.ok ? [] : reader.located(parsed.issues))]);
  if (parsed.ok && issues.length === 0) return { ok: true, value: parsed.value, issues: [], ...common };
  return { ok: false, issues: capped(issues, layout.fields.name), ...common };
}
