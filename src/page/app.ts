/**
 * The script of the offline self-check page (bundled with the library for browsers by
 * `scripts/build-page.ts`): reads the dropped files in the browser, evaluates them with the
 * library and shows the command line's HTML report. Nothing is sent anywhere.
 */
import { parseReviewJson } from '../assess/parse.js';
import type { Review } from '../assess/schema.js';
import { evaluate } from '../engine/evaluate.js';
import { parseFactsJson } from '../facts/parse.js';
import type { StationFacts } from '../facts/schema.js';
import { formatPath, InvalidInputError, type Issue } from '../issues/issue.js';
import { parseJsonText } from '../issues/json-text.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import type { Bilingual, Lang } from '../report/messages/index.js';
import type { EvaluationResult } from '../result/schema.js';
import { baseRuleset } from '../ruleset/base.js';
import type { Ruleset } from '../ruleset/finalize.js';
import { loadRuleset } from '../ruleset/load.js';
import { LIBRARY } from '../version.js';
import { formatLocation, type WorkbookIssue } from '../xlsx/issues.js';
import { readWorkbook } from '../xlsx/read.js';

const TEXT = {
  reading: { zh: '正在读取和评价……', en: 'Reading and evaluating…' },
  done: { zh: '评价完成（未离开本浏览器）。', en: 'Evaluated (nothing left this browser).' },
  failed: { zh: '文件有问题，未能评价：', en: 'The files have problems and were not evaluated:' },
  total: { zh: '总分', en: 'Total' },
  emptyRows: { zh: '已跳过空行', en: 'empty rows skipped' },
} as const satisfies Record<string, Bilingual>;

/** A problem as one line: file, where in it, message, code. */
interface ProblemLine {
  readonly file: string;
  readonly where: string;
  readonly message: Bilingual;
  readonly code: string;
}

class Problems extends Error {
  constructor(readonly lines: readonly ProblemLine[]) {
    super('problems');
  }
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = document.documentElement;
const lang = (): Lang => (root.dataset.lang === 'en' ? 'en' : 'zh');

const issueLines = (file: string, issues: readonly Issue[]): ProblemLine[] =>
  issues.map((issue) => ({
    file,
    where: [
      'location' in issue ? formatLocation((issue as WorkbookIssue).location) : '',
      issue.path.length > 0 ? formatPath(issue.path) : '',
    ]
      .filter((part) => part !== '')
      .join(' '),
    message: issue.message,
    code: issue.code,
  }));

async function readJsonFile(file: File): Promise<unknown> {
  const read = parseJsonText(await file.text());
  if (!read.ok) throw new Problems(issueLines(file.name, read.issues));
  return read.value;
}

async function rulesetOf(files: readonly File[]): Promise<Ruleset> {
  if (files.length === 0) return baseRuleset();
  const documents = await Promise.all(files.map(readJsonFile));
  const loaded = loadRuleset(documents, { files: files.map((f) => f.name) });
  if (!loaded.ok) throw new Problems(issueLines(files[0]?.name ?? '', loaded.issues));
  return loaded.value;
}

async function factsOf(file: File, ruleset: Ruleset): Promise<{ facts: StationFacts; emptyRows: number }> {
  if (/\.xlsx$/i.test(file.name)) {
    const read = await readWorkbook(new Uint8Array(await file.arrayBuffer()), { ruleset });
    if (!read.ok) throw new Problems(issueLines(file.name, read.issues));
    return { facts: read.value, emptyRows: read.emptyRows };
  }
  const parsed = parseFactsJson(await file.text(), { ruleset });
  if (!parsed.ok) throw new Problems(issueLines(file.name, parsed.issues));
  return { facts: parsed.value, emptyRows: 0 };
}

async function reviewOf(file: File | undefined): Promise<Review | undefined> {
  if (file === undefined) return undefined;
  const parsed = parseReviewJson(await file.text());
  if (!parsed.ok) throw new Problems(issueLines(file.name, parsed.issues));
  return parsed.value;
}

/** What was evaluated last, kept to show the report again in the other language. */
let shown: { result: EvaluationResult; ruleset: Ruleset; emptyRows: number } | null = null;
const urls: string[] = [];

function download(id: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  urls.push(url);
  byId<HTMLAnchorElement>(id).href = url;
}

function showResult(): void {
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  if (shown === null) return;
  const { result, ruleset, emptyRows } = shown;
  const l = lang();
  const html = renderHtml(result, { lang: l, grades: ruleset.grades });
  const summary = byId('summary');
  summary.dataset.total = String(result.total);
  summary.dataset.grade = result.grade;
  summary.textContent = '';
  const total = document.createElement('span');
  total.className = 'total';
  total.textContent = `${TEXT.total[l]} ${result.total} / ${result.max.total}`;
  const grade = document.createElement('span');
  grade.className = 'grade';
  grade.textContent = ` · ${result.gradeLabel[l]} · ${result.station.name}`;
  summary.append(total, grade);
  byId<HTMLIFrameElement>('report').srcdoc = html;
  download('download-json', renderJson(result), 'application/json');
  download('download-html', html, 'text/html');
  byId('result').hidden = false;
  const note = emptyRows > 0 ? ` (${TEXT.emptyRows[l]}: ${emptyRows})` : '';
  byId('status').textContent = `${TEXT.done[l]}${note}`;
}

function showProblems(lines: readonly ProblemLine[]): void {
  const list = byId('problems').querySelector('ul') as HTMLUListElement;
  list.textContent = '';
  for (const line of lines) {
    const item = document.createElement('li');
    item.dataset.code = line.code;
    item.textContent = `${line.file}: ${line.where ? `${line.where}: ` : ''}${line.message[lang()]} [${line.code}]`;
    list.append(item);
  }
  byId('problems').hidden = false;
  byId('status').textContent = TEXT.failed[lang()];
}

const files = (id: string) => [...(byId<HTMLInputElement>(id).files ?? [])];

async function run(): Promise<void> {
  const station = files('station')[0];
  byId('problems').hidden = true;
  byId('result').hidden = true;
  shown = null;
  if (station === undefined) return;
  byId('status').textContent = TEXT.reading[lang()];
  try {
    const ruleset = await rulesetOf(files('variant'));
    const [{ facts, emptyRows }, review] = await Promise.all([factsOf(station, ruleset), reviewOf(files('review')[0])]);
    const result = await evaluate(facts, { ruleset, ...(review ? { review } : {}) });
    shown = { result, ruleset, emptyRows };
    showResult();
  } catch (error) {
    if (error instanceof Problems) showProblems(error.lines);
    else if (error instanceof InvalidInputError) showProblems(issueLines(files('review')[0]?.name ?? '', error.issues));
    else
      showProblems([
        { file: station.name, where: '', message: { zh: String(error), en: String(error) }, code: 'internal' },
      ]);
  }
}

function setLang(next: Lang): void {
  root.dataset.lang = next;
  root.lang = next === 'zh' ? 'zh-CN' : 'en';
  if (shown) showResult();
}

for (const id of ['station', 'variant', 'review']) {
  const input = byId<HTMLInputElement>(id);
  input.addEventListener('change', () => void run());
  const zone = input.closest('label') as HTMLLabelElement;
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    if (event.dataTransfer?.files.length) {
      input.files = event.dataTransfer.files;
      void run();
    }
  });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-lang]'))
  button.addEventListener('click', () => setLang(button.dataset.setLang === 'en' ? 'en' : 'zh'));
byId('footer').textContent = `clean-station ${LIBRARY.version}`;
