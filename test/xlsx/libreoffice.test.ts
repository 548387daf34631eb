/**
 * A workbook saved by LibreOffice Calc (its own writer: shared strings, its date serials and
 * styles) reads back to the same facts as the workbook the template wrote. Skipped, with the
 * reason printed, only where LibreOffice is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFactsOrThrow } from '../../src/facts/parse.js';
import { baseRuleset } from '../../src/ruleset/base.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { workbookTemplate } from '../../src/xlsx/write.js';

const SOFFICE = '/usr/bin/soffice';

function libreOfficeFor(what: string): boolean {
  const found = existsSync(SOFFICE);
  if (!found) console.warn(`${what} skipped: ${SOFFICE} not found (apt-get install libreoffice-calc)`);
  return found;
}

describe.runIf(libreOfficeFor('LibreOffice round trip'))('a workbook saved by LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clean-station-calc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back to the facts the template was filled with', async () => {
    const ruleset = baseRuleset();
    const { $schema: _editorHint, ...facts } = parseFactsOrThrow(
      JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/station-with-lapses.json'), 'utf8')),
    );
    writeFileSync(join(dir, 'station.xlsx'), await workbookTemplate(ruleset, { facts }));
    // A profile of its own, so that a LibreOffice already running elsewhere is not reused.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'calc'),
        join(dir, 'station.xlsx'),
      ],
      { stdio: 'pipe', timeout: 150_000 },
    );
    const read = await readWorkbook(readFileSync(join(dir, 'calc', 'station.xlsx')), { ruleset });
    expect(read.issues).toEqual([]);
    expect(read.ok && read.value).toEqual(facts);
  }, 180_000);
});
