/**
 * Files the command line reads and writes: bounded reads whatever the file is, strict decoding
 * with the byte offset of the first invalid sequence, every folder entry accounted for, atomic
 * writes that follow no planted link, and no output written onto an input.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/context.js';
import { firstInvalidUtf8 } from '../../src/cli/decode.js';
import { MAX_FILE_BYTES, readText } from '../../src/cli/files.js';
import { writeAtomic } from '../../src/cli/write.js';
import { MAX_JSON_TEXT_LENGTH } from '../../src/issues/json-text.js';
import { cli, ensureBuilt, example, scratchDir, startPausedAtTemporaryFile } from './support.js';

beforeAll(ensureBuilt);

/** The problems a call fails with, as `code: English message` lines. */
function problemsOf(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof CliError) return error.problems.map((p) => `${p.code ?? ''}: ${p.message.en}`);
    throw error;
  }
  return [];
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('reading input files', () => {
  it('refuses /dev/zero with input-too-large instead of reading forever', () => {
    const run = cli(['evaluate', '/dev/zero', '--lang', 'en'], undefined, 60_000);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `/dev/zero: file is larger than the limit of ${MAX_FILE_BYTES} bytes (reading stopped there) [input-too-large]`,
    );
  });

  it('allows every text the library accepts: the byte limit is three UTF-8 bytes per UTF-16 code unit, plus a BOM', () => {
    expect(MAX_FILE_BYTES).toBe(3 * MAX_JSON_TEXT_LENGTH + 3);
  });

  it('stops at the limit on a named pipe whose writer never stops', () => {
    const dir = scratchDir('fifo');
    const fifo = join(dir, 'endless.json');
    mkfifo(fifo);
    const writer = spawn('sh', ['-c', `yes '{}' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const run = cli(['validate', fifo, '--lang', 'en'], undefined, 60_000);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('[input-too-large]');
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('reads a named pipe to its end when it is small enough', () => {
    const dir = scratchDir('fifo-small');
    const fifo = join(dir, 'facts.json');
    mkfifo(fifo);
    const writer = spawn('sh', ['-c', `cat '${example('compliant-station')}' > '${fifo}'`], { stdio: 'ignore' });
    expect(readText(fifo)).toBe(readFileSync(example('compliant-station'), 'utf8'));
    writer.kill();
  });

  it('refuses a regular file past the limit, and reads one exactly at the limit', () => {
    const dir = scratchDir('limit');
    writeFileSync(join(dir, 'at.json'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'over.json'), 'x'.repeat(1001));
    expect(readText(join(dir, 'at.json'), 1000)).toHaveLength(1000);
    expect(problemsOf(() => readText(join(dir, 'over.json'), 1000))).toEqual([
      'input-too-large: file is larger than the limit of 1000 bytes (reading stopped there)',
    ]);
  });

  it('reads files whose size the system does not report (/proc)', () => {
    expect(readText('/proc/self/status')).toContain('Name:');
  });

  it('says a directory cannot be read', () => {
    const run = cli(['evaluate', scratchDir('dir'), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/: cannot read \(EISDIR\)\n$/);
  });
});

describe('decoding input files', () => {
  it('refuses invalid UTF-8 with invalid-encoding and the byte offset, instead of U+FFFD', () => {
    const dir = scratchDir('encoding');
    const file = join(dir, 'latin1.json');
    const facts = readFileSync(example('compliant-station'));
    const at = facts.indexOf('"name"') + 9;
    writeFileSync(file, Buffer.concat([facts.subarray(0, at), Buffer.from([0xe9]), facts.subarray(at)]));
    const run = cli(['validate', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${file}: not valid UTF-8 text: invalid byte sequence at byte offset ${at} [invalid-encoding]`,
    );
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const dir = scratchDir('bom');
    const file = join(dir, 'bom.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(example('compliant-station'))]));
    expect(cli(['validate', file]).status).toBe(0);
  });

  it('reads UTF-16 (little and big endian) with a byte-order mark, and refuses broken UTF-16 with its offset', () => {
    const dir = scratchDir('utf16');
    const text = readFileSync(example('compliant-station'), 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    writeFileSync(join(dir, 'le.json'), le);
    writeFileSync(join(dir, 'be.json'), be);
    expect(readText(join(dir, 'le.json'))).toBe(text);
    expect(readText(join(dir, 'be.json'))).toBe(text);
    const broken = Buffer.concat([le.subarray(0, 10), Buffer.from([0x00, 0xd8]), le.subarray(10)]);
    writeFileSync(join(dir, 'broken.json'), broken);
    expect(problemsOf(() => readText(join(dir, 'broken.json')))).toEqual([
      'invalid-encoding: starts with a UTF-16 byte-order mark but is not valid UTF-16 text: invalid at byte offset 10',
    ]);
  });

  it('locates the first invalid UTF-8 sequence where a strict decoder fails, for any bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const valid = (bytes: Uint8Array) => {
      try {
        decoder.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }).map((s) => new TextEncoder().encode(s)),
      fc
        .tuple(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.uint8Array({ minLength: 1, maxLength: 3 }))
        .map(([s, tail]) => new Uint8Array([...new TextEncoder().encode(s), ...tail])),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const offset = firstInvalidUtf8(input);
        expect(offset === -1).toBe(valid(input));
        if (offset >= 0) expect(valid(input.subarray(0, offset))).toBe(true);
      }),
      { seed: 20240611, numRuns: 5000 },
    );
  });

  it('reports invalid UTF-8 in a batch file as a coded problem and evaluates the others', () => {
    const dir = scratchDir('batch-encoding');
    copyFileSync(example('compliant-station'), join(dir, 'a.json'));
    writeFileSync(join(dir, 'b.json'), Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    const run = cli(['batch', dir, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      `${join(dir, 'b.json')}: not valid UTF-8 text: invalid byte sequence at byte offset 2 [invalid-encoding]`,
    );
    expect(run.stderr).toContain('1 of 2 files could not be evaluated');
  });
});

describe('batch over a folder', () => {
  it('follows symbolic links to files and lists every other .json entry as skipped, with its reason', () => {
    const dir = scratchDir('links');
    const elsewhere = scratchDir('links-target');
    copyFileSync(example('compliant-station'), join(elsewhere, 'target.json'));
    copyFileSync(example('station-with-lapses'), join(dir, 'a-regular.json'));
    symlinkSync(join(elsewhere, 'target.json'), join(dir, 'b-link.json'));
    symlinkSync(join(elsewhere, 'missing.json'), join(dir, 'c-broken.json'));
    mkdirSync(join(dir, 'd-folder.json'));
    mkfifo(join(dir, 'e-pipe.json'));
    symlinkSync(elsewhere, join(dir, 'f-folder-link.json'));
    symlinkSync(join(dir, 'a-regular.json'), join(dir, 'g-same.json'));
    const run = cli(['batch', dir, '--format', 'json', '--lang', 'en']);
    expect(run.status).toBe(0);
    const ids = JSON.parse(run.stdout).results.map((r: { station: { id: string } }) => r.station.id);
    expect(ids).toEqual(['wy-tongqin', 'wy-liuqiao']);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${join(dir, 'c-broken.json')}: skipped: a symbolic link whose target cannot be reached: ENOENT [skipped-entry]`,
      `${join(dir, 'd-folder.json')}: skipped: a directory, not a file [skipped-entry]`,
      `${join(dir, 'e-pipe.json')}: skipped: a named pipe (FIFO), not a regular file [skipped-entry]`,
      `${join(dir, 'f-folder-link.json')}: skipped: a directory, not a file [skipped-entry]`,
      `${join(dir, 'g-same.json')}: skipped: the same file as one already listed: ${join(dir, 'a-regular.json')} [skipped-entry]`,
      '5 of 7 files could not be evaluated (see above)',
    ]);
    expect(cli(['batch', dir, '--strict']).status).toBe(2);
  });
});

describe('writing reports', () => {
  it('never follows a symbolic link planted at a temporary name', async () => {
    const dir = scratchDir('planted');
    const victim = join(scratchDir('victim'), 'victim.txt');
    writeFileSync(victim, 'precious');
    // Every name the predictable scheme (.name.pid.seq.tmp) could use in this process.
    for (let seq = 1; seq <= 50; seq++) symlinkSync(victim, join(dir, `.report.md.${process.pid}.${seq}.tmp`));
    const out = join(dir, 'report.md');
    await writeAtomic(out, '# report\n');
    await writeAtomic(out, '# report again\n');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(out, 'utf8')).toBe('# report again\n');
    expect(
      readdirSync(dir)
        .filter((f) => !f.startsWith('.report.md.'))
        .sort(),
    ).toEqual(['report.md']);
  });

  it('gives the report the mode a new file gets (0666 less the umask)', async () => {
    const out = join(scratchDir('mode'), 'report.md');
    await writeAtomic(out, 'x');
    expect(statSync(out).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it('leaves no temporary file and no half report when interrupted while writing', async () => {
    const dir = scratchDir('interrupted');
    const out = join(dir, 'report.html');
    const child = await startPausedAtTemporaryFile([
      'evaluate',
      example('station-with-lapses'),
      '--format',
      'html',
      '-o',
      out,
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    child.kill('SIGINT');
    const signal = await new Promise((ended) => child.on('exit', (_code, sig) => ended(sig)));
    expect(signal).toBe('SIGINT');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('an output onto an input', () => {
  function station(): { dir: string; facts: string } {
    const dir = scratchDir('onto-input');
    const facts = join(dir, 'facts.json');
    copyFileSync(example('station-with-lapses'), facts);
    return { dir, facts };
  }

  const link = (make: (from: string, to: string) => void, name: string) => (dir: string, facts: string) => {
    make(facts, join(dir, name));
    return join(dir, name);
  };

  it.each([
    ['the same path', (_dir: string, facts: string) => facts],
    ['a ./ path', (dir: string) => `${dir}/./facts.json`],
    ['a symbolic link', link(symlinkSync, 'link.json')],
    ['a hard link', link(linkSync, 'hard.json')],
  ])('is refused with exit 2 for evaluate through %s, leaving the facts intact', (_how, outputOf) => {
    const { dir, facts } = station();
    const before = readFileSync(facts, 'utf8');
    const run = cli(['evaluate', facts, '--format', 'json', '-o', outputOf(dir, facts), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`the output is the input file ${facts}; refusing to overwrite it [output-is-input]`);
    expect(readFileSync(facts, 'utf8')).toBe(before);
  });

  it('is refused for relative names of the same file (a.json and ./a.json)', () => {
    const { dir, facts } = station();
    const run = cli(['evaluate', 'facts.json', '-o', './facts.json', '--lang', 'en'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[output-is-input]');
    expect(readFileSync(facts, 'utf8')).toBe(readFileSync(example('station-with-lapses'), 'utf8'));
  });

  it('is refused for evaluate onto its review or ruleset file', () => {
    const { dir, facts } = station();
    const review = join(dir, 'review.json');
    copyFileSync('examples/review.json', review);
    const rules = join(dir, 'rules.json');
    copyFileSync('rules/base/zj-clean-station.json', rules);
    expect(cli(['evaluate', facts, '--review', review, '-o', review]).status).toBe(2);
    expect(cli(['evaluate', facts, '--ruleset', rules, '-o', rules]).status).toBe(2);
    expect(readFileSync(review, 'utf8')).toBe(readFileSync('examples/review.json', 'utf8'));
  });

  it('is refused for batch onto a file of an input folder, and for diff onto a compared result', () => {
    const { dir, facts } = station();
    const before = readFileSync(facts, 'utf8');
    expect(cli(['batch', dir, '--format', 'json', '-o', join(dir, 'facts.json')]).status).toBe(2);
    expect(readFileSync(facts, 'utf8')).toBe(before);
    const result = join(dir, 'result.json');
    expect(cli(['evaluate', facts, '--format', 'json', '-o', result]).status).toBe(0);
    expect(cli(['diff', result, result, '-o', result]).status).toBe(2);
    expect(cli(['diff', result, result, '-o', join(dir, 'diff.txt')]).status).toBe(0);
  });
});
