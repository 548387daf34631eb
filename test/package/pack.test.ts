/**
 * Pack-and-consume: the tarball `npm pack` makes installs into a fresh project and works there
 * from ESM, from CommonJS, from TypeScript (node16, bundler and the older node10 resolution) and
 * from the command line, and the shipped examples run against it.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { jsonSchemas } from '../../src/schemas/json-schemas.js';
import { ensurePackageBuilt, NPM, ROOT, run, runFully } from './support.js';

const EXAMPLE = join(ROOT, 'examples', 'compliant-station.json');
const LAPSES = join(ROOT, 'examples', 'station-with-lapses.json');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/**
 * An ESM TypeScript consumer using the named types (record types included); the `@ts-expect-error`s
 * fail the check if the types decay to `any`.
 */
const TS_CONSUMER = `import {
  baseRuleset,
  type EvaluationResult,
  evaluateSync,
  type IncidentInput,
  type ItemResult,
  InvalidInputError,
  type Liaison,
  parseFacts,
  type StationFactsInput,
} from 'clean-station';
import { readWorkbook, type WorkbookRead, workbookTemplate } from 'clean-station/xlsx';

const incidents: IncidentInput[] = [{ id: 'i-1', kind: 'service-complaint', date: '2023-05-02' }];
const input: StationFactsInput = {
  station: { id: 'st-1', name: '桐琴供电所' },
  period: { start: '2023-01-01', end: '2023-12-31' },
  incidents,
};
const parsed = parseFacts(input);
if (parsed.ok) {
  const liaisons: readonly Liaison[] = parsed.value.records.liaisons;
  console.log(liaisons.length);
  const result: EvaluationResult = evaluateSync(parsed.value);
  const first: ItemResult | undefined = result.items[0];
  const total: number = result.total;
  console.log(first?.id, total);
} else {
  console.log(new InvalidInputError('facts', parsed.issues).issues.length);
}

export async function throughWorkbook(): Promise<number> {
  const read: WorkbookRead = await readWorkbook(await workbookTemplate(baseRuleset()));
  return read.issues.length;
}

// @ts-expect-error a misspelt field is a type error, so the types are not \`any\`
const misspelt: StationFactsInput = { station: { id: 's', name: 'n' }, period: { start: '2023-01-01', ende: '2023-12-31' } };
console.log(misspelt);

// @ts-expect-error the record types are named and exact: an incident kind the standard lacks is a type error
const unknownKind: IncidentInput = { id: 'i-2', kind: 'complaint', date: '2023-05-02' };
console.log(unknownKind);
`;

/** A CommonJS TypeScript consumer (resolved through the `require` condition and `index.d.cts`). */
const TS_CJS_CONSUMER = `import { baseRuleset, type Ruleset } from 'clean-station';
const ruleset: Ruleset = baseRuleset();
export const ids: readonly string[] = ruleset.items.map((i) => i.id);
`;

/** The ruleset imported as JSON data (bundlers resolve JSON without import attributes). */
const TS_JSON_CONSUMER = `import base from 'clean-station/rules/base';
export const version: string = base.version;
`;

/**
 * A CommonJS TypeScript consumer of an older code base (`moduleResolution: node10`, which reads no
 * `exports`): the main entry, the ruleset and a JSON Schema, compiled and then run.
 */
const TS_NODE10_CONSUMER = `import { readFileSync } from 'node:fs';
import { evaluateSync, parseFactsOrThrow, type EvaluationResult } from 'clean-station';
import base from 'clean-station/rules/base';
import factsSchema from 'clean-station/schemas/facts.json';

const result: EvaluationResult = evaluateSync(parseFactsOrThrow(JSON.parse(readFileSync(process.argv[2]!, 'utf8'))));
const version: string = base.version;
const title: string = factsSchema.title;
console.log(JSON.stringify({ total: result.total, grade: result.grade, items: result.items.length }));
console.log(JSON.stringify({ ruleset: base.id + '@' + version, schema: title }));
`;

type Resolution = 'node16' | 'bundler' | 'node10';
const RESOLUTIONS: readonly Resolution[] = ['node16', 'bundler', 'node10'];

/** The compiler options that differ between the consumers. */
const CONSUMER_OPTIONS: Record<Resolution, Record<string, unknown>> = {
  node16: { module: 'node16', moduleResolution: 'node16', noEmit: true },
  bundler: { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true, noEmit: true },
  node10: {
    module: 'commonjs',
    moduleResolution: 'node10',
    resolveJsonModule: true,
    esModuleInterop: true,
    types: ['node'],
    outDir: 'out',
  },
};

let temp = '';
let app = '';
let typeChecks: Record<Resolution, ReturnType<typeof startTypeCheck>>;

const node = (args: readonly string[]) => run(process.execPath, args, app);
const write = (name: string, text: string) => writeFileSync(join(app, name), text);

/** Installs the tarball and returns what npm printed on standard error (its warnings). */
function install(tarball: string): string {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  try {
    return runFully(NPM, ['--offline', ...args], app).stderr;
  } catch {
    return runFully(NPM, ['--prefer-offline', ...args], app).stderr;
  }
}

let installWarnings = '';

beforeAll(async () => {
  // CI builds before testing; a fresh checkout that has not been built yet builds here.
  await ensurePackageBuilt();
  temp = mkdtempSync(join(tmpdir(), 'clean-station-pack-'));
  const packed = JSON.parse(
    run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], ROOT),
  ) as Array<{
    filename: string;
  }>;
  app = join(temp, 'app');
  mkdirSync(app);
  write('package.json', JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  installWarnings = install(join(temp, packed[0]!.filename));
  // The node10 consumer compiles against the types of Node this repository uses (exceljs's CSV
  // dependency installs an older @types/node of its own, which is replaced here).
  mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
  rmSync(join(app, 'node_modules', '@types', 'node'), { recursive: true, force: true });
  symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(app, 'node_modules', '@types', 'node'), 'dir');
  typeChecks = Object.fromEntries(RESOLUTIONS.map((r) => [r, startTypeCheck(r)])) as typeof typeChecks;
}, 180_000);

/** Writes a TypeScript consumer project and starts `tsc` on it (the resolutions run side by side). */
function startTypeCheck(resolution: Resolution): Promise<{ status: number | null; output: string }> {
  const dir = join(app, `ts-${resolution}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        lib: ['es2023', 'dom'],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        // One consumer also checks the published declaration files themselves (and zod's, which is
        // the slow part); the others are configured the way most applications are.
        skipLibCheck: resolution !== 'node16',
        ...CONSUMER_OPTIONS[resolution],
      },
      include: ['*.ts', '*.mts', '*.cts'],
    }),
  );
  if (resolution === 'node10') {
    // node10 compiles `.ts` to CommonJS, so its output directory is a CommonJS scope.
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
    writeFileSync(join(dir, 'consumer.ts'), TS_CONSUMER);
    writeFileSync(join(dir, 'node10.ts'), TS_NODE10_CONSUMER);
  } else {
    writeFileSync(join(dir, 'consumer.mts'), TS_CONSUMER);
    writeFileSync(join(dir, 'consumer.cts'), TS_CJS_CONSUMER);
  }
  if (resolution === 'bundler') writeFileSync(join(dir, 'data.ts'), TS_JSON_CONSUMER);
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '-p', dir], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** What the consumers print about one evaluation, compared with the library in this repo. */
const summary = (file: string) => {
  const result = evaluateSync(parseFactsOrThrow(JSON.parse(readFileSync(file, 'utf8'))));
  return { total: result.total, grade: result.grade, items: result.items.length };
};

describe('the packed tarball, installed into a fresh project', () => {
  it('installs with no warning about install scripts: the package builds before packing, not on install', () => {
    expect(installWarnings).not.toContain('install-scripts');
    expect(installWarnings).not.toMatch(/\bprepare\b/);
    expect(existsSync(join(app, 'node_modules', 'clean-station', 'dist', 'index.js'))).toBe(true);
  });

  it('imports from ESM, with the ruleset and the facts schema as JSON data', () => {
    write(
      'esm.mjs',
      `import { readFileSync } from 'node:fs';
import { evaluate, parseFactsOrThrow } from 'clean-station';
import base from 'clean-station/rules/base' with { type: 'json' };
import factsSchema from 'clean-station/schemas/facts.json' with { type: 'json' };
const result = await evaluate(parseFactsOrThrow(JSON.parse(readFileSync(process.argv[2], 'utf8'))));
console.log(JSON.stringify({ total: result.total, grade: result.grade, items: result.items.length }));
console.log(JSON.stringify({ ruleset: base.id + '@' + base.version, schema: factsSchema.title }));
`,
    );
    const [evaluated, data] = node(['esm.mjs', LAPSES]).trim().split('\n');
    expect(JSON.parse(evaluated!)).toEqual(summary(LAPSES));
    expect(JSON.parse(data!)).toEqual({ ruleset: 'zj-clean-station@1.0.0', schema: 'StationFacts' });
  });

  it('requires from CommonJS, with the ruleset and the facts schema as JSON data', () => {
    write(
      'cjs.cjs',
      `const { readFileSync } = require('node:fs');
const { evaluateSync, parseFactsOrThrow, baseRuleset } = require('clean-station');
const base = require('clean-station/rules/base');
const factsSchema = require('clean-station/schemas/facts.json');
const result = evaluateSync(parseFactsOrThrow(JSON.parse(readFileSync(process.argv[2], 'utf8'))));
console.log(JSON.stringify({ total: result.total, grade: result.grade, items: result.items.length }));
console.log(JSON.stringify({ ruleset: base.id + '@' + base.version, schema: factsSchema.title, loaded: baseRuleset().items.length }));
`,
    );
    const [evaluated, data] = node(['cjs.cjs', LAPSES]).trim().split('\n');
    expect(JSON.parse(evaluated!)).toEqual(summary(LAPSES));
    expect(JSON.parse(data!)).toEqual({ ruleset: 'zj-clean-station@1.0.0', schema: 'StationFacts', loaded: 28 });
  });

  /** Writes the facts as a workbook, reads it back and prints the evaluation's summary. */
  const THROUGH_A_WORKBOOK = `(async () => {
  const facts = parseFactsOrThrow(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  const read = await readWorkbook(await workbookTemplate(baseRuleset(), { facts }));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const result = await evaluate(read.value);
  console.log(JSON.stringify({ total: result.total, grade: result.grade, items: result.items.length }));
})();
`;

  it.each([
    [
      'ESM',
      'xlsx.mjs',
      `import { readFileSync } from 'node:fs';
import { baseRuleset, evaluate, parseFactsOrThrow } from 'clean-station';
import { readWorkbook, workbookTemplate } from 'clean-station/xlsx';
`,
    ],
    [
      'CommonJS',
      'xlsx.cjs',
      `const { readFileSync } = require('node:fs');
const { baseRuleset, evaluate, parseFactsOrThrow } = require('clean-station');
const { readWorkbook, workbookTemplate } = require('clean-station/xlsx');
`,
    ],
  ])('writes and reads back a station workbook through clean-station/xlsx from %s', (_format, file, imports) => {
    write(file, `${imports}${THROUGH_A_WORKBOOK}`);
    expect(JSON.parse(node([file, LAPSES]).trim())).toEqual(summary(LAPSES));
  });

  it('ships the JSON Schemas the build generates from the zod schemas', () => {
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      const shipped = JSON.parse(readFileSync(join(app, 'node_modules', 'clean-station', 'schemas', file), 'utf8'));
      expect(shipped, file).toEqual(schema);
    }
  });

  it.each(RESOLUTIONS)(
    'type-checks a TypeScript consumer with moduleResolution %s',
    async (resolution) => {
      const checked = await typeChecks[resolution];
      expect(checked.output).toBe('');
      expect(checked.status).toBe(0);
    },
    120_000,
  );

  it('runs a CommonJS TypeScript consumer compiled with moduleResolution node10, subpaths included', async () => {
    expect((await typeChecks.node10).status).toBe(0);
    const [evaluated, data] = node([join(app, 'ts-node10', 'out', 'node10.js'), LAPSES])
      .trim()
      .split('\n');
    expect(JSON.parse(evaluated!)).toEqual(summary(LAPSES));
    expect(JSON.parse(data!)).toEqual({ ruleset: 'zj-clean-station@1.0.0', schema: 'StationFacts' });
  }, 120_000);

  it('resolves the ruleset subpath without `exports`, as resolvers that predate it do', () => {
    // A path into the package bypasses `exports`: Node then reads `rules/base/package.json`'s main.
    const cjs = join(app, 'legacy.cjs');
    writeFileSync(
      cjs,
      `const base = require(require('node:path').join(__dirname, 'node_modules', 'clean-station', 'rules', 'base'));
console.log(base.id + '@' + base.version);
`,
    );
    expect(node([cjs]).trim()).toBe('zj-clean-station@1.0.0');
  });

  it('runs the command line from node_modules/.bin', () => {
    const out = run(join(app, 'node_modules', '.bin', 'clean-station'), ['evaluate', EXAMPLE], app);
    expect(out).toContain('武义县供电公司桐琴供电所');
  });

  it('runs the CommonJS example against the installed package', () => {
    copyFileSync(join(ROOT, 'examples', 'commonjs', 'evaluate.cjs'), join(app, 'evaluate.cjs'));
    const out = node(['evaluate.cjs', LAPSES]);
    const { total } = summary(LAPSES);
    expect(out).toContain(`: ${total} / 110,`);
  });

  it('runs the TypeScript integration example against the installed package', () => {
    const dir = join(app, 'integration');
    mkdirSync(dir, { recursive: true });
    for (const file of ['from-database.ts', 'rows.ts']) {
      copyFileSync(join(ROOT, 'examples', 'integration', file), join(dir, file));
    }
    const report = join(dir, 'report.html');
    const out = node([TSX, join(dir, 'from-database.ts'), report]);
    expect(out).toContain('武义县供电公司桐琴供电所 (2023-01-01 – 2023-12-31)');
    expect(out).toContain('Monthly special supervision inspection — missing 2023-08');
    const html = readFileSync(report, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('武义县供电公司桐琴供电所');
  });
});
