/**
 * Pack-and-consume: the tarball `npm pack` makes installs into a fresh project and works there
 * from ESM, from CommonJS, from TypeScript (node16 and bundler resolution) and from the command
 * line, and the shipped examples run against it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/json-schemas.js';
import { evaluateSync } from '../../src/engine/evaluate.js';
import { parseFactsOrThrow } from '../../src/facts/parse.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'compliant-station.json');
const LAPSES = join(ROOT, 'examples', 'station-with-lapses.json');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const BUILT = [
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/cli.js',
  'schemas/facts.json',
];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** An ESM TypeScript consumer; the `@ts-expect-error` fails the check if the types decay to `any`. */
const TS_CONSUMER = `import {
  type EvaluationResult,
  evaluateSync,
  type ItemResult,
  InvalidInputError,
  parseFacts,
  type StationFactsInput,
} from 'clean-station';

const input: StationFactsInput = {
  station: { id: 'st-1', name: '桐琴供电所' },
  period: { start: '2023-01-01', end: '2023-12-31' },
};
const parsed = parseFacts(input);
if (parsed.ok) {
  const result: EvaluationResult = evaluateSync(parsed.value);
  const first: ItemResult | undefined = result.items[0];
  const total: number = result.total;
  console.log(first?.id, total);
} else {
  console.log(new InvalidInputError('facts', parsed.issues).issues.length);
}

// @ts-expect-error a misspelt field is a type error, so the types are not \`any\`
const misspelt: StationFactsInput = { station: { id: 's', name: 'n' }, period: { start: '2023-01-01', ende: '2023-12-31' } };
console.log(misspelt);
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

let temp = '';
let app = '';
let typeChecks: Record<'node16' | 'bundler', ReturnType<typeof startTypeCheck>>;

function run(command: string, args: readonly string[], cwd: string): string {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (done.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${done.status}\n${done.stdout}\n${done.stderr}`);
  }
  return done.stdout;
}

const node = (args: readonly string[]) => run(process.execPath, args, app);
const write = (name: string, text: string) => writeFileSync(join(app, name), text);

function install(tarball: string): void {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  try {
    run(NPM, ['--offline', ...args], app);
  } catch {
    run(NPM, ['--prefer-offline', ...args], app);
  }
}

beforeAll(() => {
  // CI builds before testing; a fresh checkout that has not been built yet builds here.
  if (!BUILT.every((file) => existsSync(join(ROOT, file)))) run(NPM, ['run', 'build'], ROOT);
  temp = mkdtempSync(join(tmpdir(), 'clean-station-pack-'));
  const packed = JSON.parse(
    run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], ROOT),
  ) as Array<{
    filename: string;
  }>;
  app = join(temp, 'app');
  mkdirSync(app);
  write('package.json', JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  install(join(temp, packed[0]!.filename));
  typeChecks = { node16: startTypeCheck('node16'), bundler: startTypeCheck('bundler') };
}, 180_000);

/** Writes a TypeScript consumer project and starts `tsc` on it (the two resolutions run side by side). */
function startTypeCheck(resolution: 'node16' | 'bundler'): Promise<{ status: number | null; output: string }> {
  const dir = join(app, `ts-${resolution}`);
  mkdirSync(dir, { recursive: true });
  const compilerOptions =
    resolution === 'node16'
      ? { module: 'node16', moduleResolution: 'node16' }
      : { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        target: 'es2022',
        lib: ['es2023', 'dom'],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        // One consumer also checks the published declaration files themselves (and zod's, which is
        // the slow part); the bundler one is configured the way most applications are.
        skipLibCheck: resolution === 'bundler',
        noEmit: true,
      },
      include: ['*.ts', '*.mts', '*.cts'],
    }),
  );
  writeFileSync(join(dir, 'consumer.mts'), TS_CONSUMER);
  writeFileSync(join(dir, 'consumer.cts'), TS_CJS_CONSUMER);
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
  it('ships what users need and nothing of the sources or tests', () => {
    const pkg = join(app, 'node_modules', 'clean-station');
    for (const file of [
      ...BUILT,
      'rules/base/zj-clean-station.json',
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ]) {
      expect(existsSync(join(pkg, file)), file).toBe(true);
    }
    for (const file of ['src', 'test', 'scripts', 'examples', 'docs', 'bench', 'tsconfig.json']) {
      expect(existsSync(join(pkg, file)), file).toBe(false);
    }
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

  it('ships the JSON Schemas the build generates from the zod schemas', () => {
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      const shipped = JSON.parse(readFileSync(join(app, 'node_modules', 'clean-station', 'schemas', file), 'utf8'));
      expect(shipped, file).toEqual(schema);
    }
  });

  it.each(['node16', 'bundler'] as const)(
    'type-checks a TypeScript consumer with moduleResolution %s',
    async (resolution) => {
      const checked = await typeChecks[resolution];
      expect(checked.output).toBe('');
      expect(checked.status).toBe(0);
    },
    120_000,
  );

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
    const out = node([TSX, join(dir, 'from-database.ts')]);
    expect(out).toContain('# 武义县供电公司桐琴供电所 (2023-01-01 – 2023-12-31)');
    expect(out).toContain('Monthly special supervision inspection — missing 2023-08');
  });
});
