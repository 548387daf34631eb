/** The command line's own messages, in Chinese and English (report labels live in `src/report`). */
import type { Bilingual } from '../report/messages/index.js';
import type { FileKind } from './file-kind.js';

/** Why a `.json` entry of a folder is not evaluated. */
export type SkippedKind = 'directory' | 'fifo' | 'socket' | 'device' | 'broken-link' | 'same-file' | 'lock-file';

const SKIPPED_REASONS: Record<SkippedKind, Bilingual> = {
  directory: { zh: '是目录，不是文件', en: 'a directory, not a file' },
  fifo: { zh: '是命名管道，不是普通文件', en: 'a named pipe (FIFO), not a regular file' },
  socket: { zh: '是套接字，不是普通文件', en: 'a socket, not a regular file' },
  device: { zh: '是设备，不是普通文件', en: 'a device, not a regular file' },
  'broken-link': { zh: '符号链接指向的文件无法访问', en: 'a symbolic link whose target cannot be reached' },
  'same-file': { zh: '与已列出的文件是同一个文件', en: 'the same file as one already listed' },
  'lock-file': {
    zh: '是表格软件打开工作簿时留下的临时文件',
    en: 'the owner file a spreadsheet program keeps beside an open workbook',
  },
};

/** The kinds of file, as messages name them. */
export const FILE_KIND_NAMES: Record<FileKind, Bilingual> = {
  facts: { zh: '事实数据', en: 'facts' },
  ruleset: { zh: '评价规则', en: 'ruleset' },
  variant: { zh: '规则变体', en: 'variant' },
  review: { zh: '评议', en: 'review' },
  result: { zh: '评价结果', en: 'result' },
};

/** System error codes in Chinese words (the English messages keep the code, which is searchable). */
const SYSTEM_REASONS_ZH: Record<string, string> = {
  ENOENT: '文件不存在',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EISDIR: '这是一个目录',
  ENOTDIR: '路径中有一段不是目录',
  ELOOP: '符号链接循环',
  EMFILE: '打开的文件过多',
  ENOSPC: '磁盘空间不足',
  EROFS: '文件系统只读',
  EBUSY: '文件正被占用',
};

/** A system error code as Chinese readers read it: in words, never the bare code. */
const reasonZh = (reason: string) => SYSTEM_REASONS_ZH[reason] ?? '系统错误';

/** Every message of the command line, by code. */
export const cliMessages = {
  unreadable: (p: { reason: string }): Bilingual => ({
    zh: `无法读取（${reasonZh(p.reason)}）`,
    en: `cannot read (${p.reason})`,
  }),
  unwritable: (p: { reason: string }): Bilingual => ({
    zh: `无法写入（${reasonZh(p.reason)}）`,
    en: `cannot write (${p.reason})`,
  }),
  tooLarge: (p: { limit: number }): Bilingual => ({
    zh: `文件过大（上限 ${p.limit} 字节），未读取完`,
    en: `file is larger than the limit of ${p.limit} bytes (reading stopped there)`,
  }),
  invalidUtf8: (p: { offset: number }): Bilingual => ({
    zh: `不是有效的 UTF-8 文本：第 ${p.offset} 字节（从 0 起）处的字节序列无效`,
    en: `not valid UTF-8 text: invalid byte sequence at byte offset ${p.offset}`,
  }),
  invalidUtf16: (p: { offset: number }): Bilingual => ({
    zh: `以 UTF-16 字节序标记开头，但不是有效的 UTF-16 文本：第 ${p.offset} 字节（从 0 起）处无效`,
    en: `starts with a UTF-16 byte-order mark but is not valid UTF-16 text: invalid at byte offset ${p.offset}`,
  }),
  skippedEntry: (p: { kind: SkippedKind; detail?: string }): Bilingual => {
    const why = SKIPPED_REASONS[p.kind];
    const detail = p.detail === undefined ? '' : `: ${p.detail}`;
    const detailZh = p.detail === undefined ? '' : `：${p.kind === 'broken-link' ? reasonZh(p.detail) : p.detail}`;
    return { zh: `已跳过：${why.zh}${detailZh}`, en: `skipped: ${why.en}${detail}` };
  },
  outputIsInput: (p: { input: string }): Bilingual => ({
    zh: `输出文件就是输入文件 ${p.input}，拒绝覆盖`,
    en: `the output is the input file ${p.input}; refusing to overwrite it`,
  }),
  factsIsSchema: (p: { schema: string }): Bilingual => ({
    zh: `事实文件不能命名为 ${p.schema}（JSON Schema 写在同一位置）`,
    en: `the facts file cannot be named ${p.schema} (the JSON Schema is written there)`,
  }),
  exists: (): Bilingual => ({ zh: '文件已存在（使用 --force 覆盖）', en: 'already exists (use --force to overwrite)' }),
  notJsonInput: (): Bilingual => ({
    zh: '既不是目录也不是 .json 文件',
    en: 'is neither a directory nor a .json file',
  }),
  noInputFiles: (): Bilingual => ({ zh: '没有找到 .json 事实文件', en: 'no .json facts files found' }),
  unreadableFile: (p: { file: string; reason: string }): Bilingual => ({
    zh: `无法读取 ${p.file}（${reasonZh(p.reason)}）`,
    en: `cannot read ${p.file} (${p.reason})`,
  }),
  noCasesFiles: (): Bilingual => ({
    zh: '没有找到测试用例文件（*.cases.json）',
    en: 'no test case files (*.cases.json) found',
  }),
  testExpected: (p: { what: string; expected: string; actual: string }): Bilingual => ({
    zh: `${p.what}：期望 ${p.expected}，实际 ${p.actual}`,
    en: `${p.what}: expected ${p.expected}, actual ${p.actual}`,
  }),
  testRefused: (): Bilingual => ({
    zh: '事实数据（或评议）被拒绝：',
    en: 'the facts (or the review) were refused:',
  }),
  testRefusedOtherwise: (p: { expected: string }): Bilingual => ({
    zh: `期望的问题是 ${p.expected}，实际的问题：`,
    en: `expected the issues ${p.expected}, got:`,
  }),
  testNotRefused: (p: { expected: string }): Bilingual => ({
    zh: `期望事实数据被拒绝（${p.expected}），但它是有效的`,
    en: `expected the facts to be refused (${p.expected}), but they are valid`,
  }),
  inline: (): Bilingual => ({ zh: '（用例内写出的数据）', en: '(inline)' }),
  patched: (): Bilingual => ({ zh: '（经用例补丁修改）', en: '(as patched by the case)' }),
  testSummary: (p: { total: number; passed: number; failed: number }): Bilingual => ({
    zh: `共 ${p.total} 个用例：${p.passed} 个通过，${p.failed} 个失败`,
    en: `${p.total} case${p.total === 1 ? '' : 's'}: ${p.passed} passed, ${p.failed} failed`,
  }),
  unknownKind: (p: { kinds: string }): Bilingual => ({
    zh: `无法判断文件类型，请用 --kind 指定（${p.kinds}）`,
    en: `cannot tell what kind of file this is; pass --kind (${p.kinds})`,
  }),
  wrongKind: (p: { expected: FileKind; kind: FileKind }): Bilingual => ({
    zh: `这是${FILE_KIND_NAMES[p.kind].zh}文件，不是${FILE_KIND_NAMES[p.expected].zh}文件（去掉 --kind 可自动判断）`,
    en: `this is a ${FILE_KIND_NAMES[p.kind].en} file, not a ${FILE_KIND_NAMES[p.expected].en} file (leave out --kind to have it detected)`,
  }),
  valid: (p: { kind: FileKind; detail: string }): Bilingual => ({
    zh: `有效的${FILE_KIND_NAMES[p.kind].zh}文件（${p.detail}）`,
    en: `valid ${FILE_KIND_NAMES[p.kind].en} file (${p.detail})`,
  }),
  problems: (p: { count: number }): Bilingual => ({
    zh: `共 ${p.count} 个问题`,
    en: `${p.count} problem${p.count === 1 ? '' : 's'}`,
  }),
  failUnder: (p: { total: string; threshold: string }): Bilingual => ({
    zh: `总分 ${p.total} 低于 --fail-under ${p.threshold}`,
    en: `total ${p.total} is below --fail-under ${p.threshold}`,
  }),
  sampleNeedsSeed: (): Bilingual => ({
    zh: '--sample 必须与 --seed 同时使用，以便抽样可复现',
    en: '--sample needs --seed so that the sample can be reproduced',
  }),
  seedNeedsSample: (): Bilingual => ({
    zh: '--seed 只能与 --sample 同时使用',
    en: '--seed only applies with --sample',
  }),
  sampled: (p: { n: number; of: number; seed: string }): Bilingual => ({
    zh: `按种子 ${p.seed} 从 ${p.of} 个文件中抽取 ${p.n} 个`,
    en: `sampled ${p.n} of ${p.of} files with seed ${p.seed}`,
  }),
  skipped: (p: { count: number; of: number }): Bilingual => ({
    zh: `${p.of} 个文件中有 ${p.count} 个无法评价（见上）`,
    en: `${p.count} of ${p.of} files could not be evaluated (see above)`,
  }),
  noneEvaluated: (): Bilingual => ({ zh: '没有可评价的文件', en: 'no file could be evaluated' }),
  rulesetOnlyForFacts: (): Bilingual => ({
    zh: '--ruleset 只用于 facts：事实文件的结构取决于规则声明的记录类型',
    en: '--ruleset only applies to facts: the facts schema depends on the record kinds a ruleset declares',
  }),
  unknownItem: (p: { id: string; known: string }): Bilingual => ({
    zh: `未知评价项“${p.id}”（可用：${p.known}）`,
    en: `unknown item "${p.id}" (known: ${p.known})`,
  }),
  rulesetMismatch: (p: { before: string; after: string }): Bilingual => ({
    zh: `两份结果的评分规则不同（评分哈希 ${p.before} ≠ ${p.after}），分数不可直接比较；确需比较请加 --force`,
    en: `the results were scored by different rules (scoring hash ${p.before} ≠ ${p.after}); add --force to compare anyway`,
  }),
  wordingOnly: (): Bilingual => ({
    zh: '两份结果的评价规则只在文字上不同（标题、建议等），评分规则相同，可以比较',
    en: 'the rulesets of the two results differ only in wording (titles, advice …); they score alike, so the results compare',
  }),
  stationMismatch: (p: { before: string; after: string }): Bilingual => ({
    zh: `两份结果属于不同站所（${p.before} ≠ ${p.after}）；确需比较请加 --force`,
    en: `the results are of different stations (${p.before} ≠ ${p.after}); add --force to compare anyway`,
  }),
  notAResult: (p: { kind: FileKind }): Bilingual => ({
    zh: `应为评价结果文件（evaluate --format json 的输出），这是${FILE_KIND_NAMES[p.kind].zh}文件`,
    en: `expected a result file (the output of evaluate --format json), got a ${FILE_KIND_NAMES[p.kind].en} file`,
  }),
  looksLike: (p: { kind: FileKind; expected: 'station' | 'review' }): Bilingual => {
    const kind = FILE_KIND_NAMES[p.kind];
    return p.expected === 'station'
      ? {
          zh: `这是${kind.zh}文件，不是站所的事实数据或评价结果${p.kind === 'review' ? '：评议文件请放在 --reviews 指定的目录中' : p.kind === 'ruleset' ? '：评价规则请用 --ruleset 指定' : ''}`,
          en: `this is a ${kind.en} file, not a station's facts or result${p.kind === 'review' ? ': put reviews in the folder given with --reviews' : p.kind === 'ruleset' ? ': give rulesets with --ruleset' : ''}`,
        }
      : {
          zh: `这是${kind.zh}文件，不是评议：站所文件请作为输入给出`,
          en: `this is a ${kind.en} file, not a review: give stations' files as inputs`,
        };
  },
  notRecognised: (): Bilingual => ({
    zh: '看不出是哪类文件：既不像站所的事实数据（station、period），也不像评价结果',
    en: 'cannot tell what this is: it looks neither like a station’s facts (station, period) nor like a result',
  }),
  resultOtherScoring: (p: { result: string; ruleset: string }): Bilingual => ({
    zh: `评价结果的评分规则与本次不同（评分哈希 ${p.result}，本次为 ${p.ruleset}），不能一同排名：请用其事实数据重新评价，或用 --ruleset 指定其评价规则`,
    en: `the result was scored by other rules (scoring hash ${p.result}; the ruleset in use has ${p.ruleset}), so it cannot be ranked with the others: evaluate its facts again, or give its ruleset with --ruleset`,
  }),
  reviewWithoutSubject: (): Bilingual => ({
    zh: '评议未写明站所和评价周期（station.id、period），无法与站所对应',
    en: 'the review names no station and period (station.id, period), so it cannot be matched to a station',
  }),
  reviewDuplicate: (p: { first: string }): Bilingual => ({
    zh: `同一站所、同一评价周期已有评议 ${p.first}（已使用），此文件未使用`,
    en: `${p.first} already reviews the same station and period (it is used); this one is not`,
  }),
  reviewUnmatched: (p: { station: string; period: string }): Bilingual => ({
    zh: `本次没有站所“${p.station}”评价周期 ${p.period} 的事实数据，评议未使用`,
    en: `no facts of station "${p.station}" for ${p.period} in this batch; the review was not used`,
  }),
  reviewForStoredResult: (p: { station: string; source: string }): Bilingual => ({
    zh: `站所“${p.station}”取自已存的评价结果 ${p.source}，评议只能用于事实数据，未使用`,
    en: `station "${p.station}" comes from the stored result ${p.source}; a review applies to facts only, so it was not used`,
  }),
  duplicateStation: (p: { station: string; counted: string }): Bilingual => ({
    zh: `与 ${p.counted} 是同一站所（${p.station}）、同一评价周期，只计一次（计入 ${p.counted}）`,
    en: `the same station (${p.station}) and period as ${p.counted}; counted once (${p.counted})`,
  }),
  letterNeedsDirectory: (): Bilingual => ({
    zh: '--format letter 为每个站所写一份反馈意见：请用 -o 指定输出目录',
    en: '--format letter writes one letter per station: give the output folder with -o',
  }),
  wroteLetters: (p: { count: number; dir: string }): Bilingual => ({
    zh: `已在 ${p.dir} 写入 ${p.count} 份反馈意见`,
    en: `wrote ${p.count} letter${p.count === 1 ? '' : 's'} in ${p.dir}`,
  }),
  groupByNeedsOrganisation: (p: { groupBy: string; count: number }): Bilingual => ({
    zh: `--group-by ${p.groupBy}：有 ${p.count} 个站所的事实数据未写明所属单位（station.organisation），归入“未注明”`,
    en: `--group-by ${p.groupBy}: ${p.count} station${p.count === 1 ? '' : 's'} name no organisation (station.organisation) and are gathered as “not stated”`,
  }),
  wrote: (p: { file: string }): Bilingual => ({ zh: `已写入 ${p.file}`, en: `wrote ${p.file}` }),
  initNext: (p: { file: string; schema: string }): Bilingual => ({
    zh: [
      `已写入 ${p.file}（一个站所一个评价年度的起始事实文件）和 ${p.schema}（字段说明，编辑器可据此提示和校验）。`,
      '接下来：',
      '  1. 填写 station（编号、名称、成立日期）和 period（评价周期，默认一个自然年）；',
      '  2. 在 servicePoints、staff、duties 中登记驻村服务站点、人员及其客户经理/廉政监督员任职；',
      '  3. 在 records 中逐条登记每月、每季度、每半年的工作记录，每条记录需有唯一 id 和日期；',
      '  4. 运行 clean-station validate 检查，再运行 clean-station evaluate 评分。',
    ].join('\n'),
    en: [
      `Wrote ${p.file} (a starting facts file for one station-year) and ${p.schema} (field descriptions your editor uses for hints and checks).`,
      'Next:',
      '  1. fill in station (id, name, established) and period (one calendar year by default);',
      '  2. list the village service points, the staff and their customer-manager / supervisor duties;',
      '  3. add every monthly, quarterly and half-yearly record under records, each with a unique id and a date;',
      '  4. run clean-station validate, then clean-station evaluate.',
    ].join('\n'),
  }),
  badVariantId: (p: { id: string; zh: string; en: string }): Bilingual => ({
    zh: `“${p.id}”不能作为细则编号：应${p.zh}`,
    en: `"${p.id}" cannot be a variant id: use ${p.en}`,
  }),
  initVariantNext: (p: { dir: string; id: string }): Bilingual => {
    const variant = `${p.dir}/${p.id}.json`;
    const names = [`${p.id}.json`, 'station.json', `${p.id}.cases.json`, '*.schema.json'];
    const width = Math.max(...names.map((n) => n.length)) + 2;
    const list = (descriptions: readonly string[]) => names.map((n, i) => `  ${n.padEnd(width)}${descriptions[i]}`);
    return {
      zh: [
        `已在 ${p.dir}/ 写入一份地区细则的起点：`,
        ...list([
          '细则：扩展省标准，声明记录类型 emergencyDrills（应急演练），新增评价项 quarterly-emergency-drill（每季度演练，2 分），用电宣传改为 2 分',
          '示例站所的事实数据，含每季度一次应急演练',
          '测试用例（1 个，已通过）',
          '事实数据、细则和测试用例的 JSON Schema，编辑器据此提示和校验',
        ]),
        '接下来：',
        `  1. clean-station test ${p.dir}   运行测试用例；`,
        `  2. 修改 ${p.id}.json 中的记录类型、评价项和参数（同一二级指标下各项分值之和须等于该指标分值），并在 ${p.id}.cases.json 中为每项写出通过和不通过的用例；`,
        `  3. 修改记录类型后重新生成事实数据的 Schema：clean-station schema facts --ruleset ${variant} -o ${p.dir}/facts.schema.json；`,
        `  4. clean-station evaluate ${p.dir}/station.json --ruleset ${variant}；`,
        `  5. clean-station docs --ruleset ${variant} --cases ${p.dir}/${p.id}.cases.json -o ${p.dir}/docs 生成评价项说明页。`,
      ].join('\n'),
      en: [
        `Wrote the start of a regional variant in ${p.dir}/:`,
        ...list([
          'the variant: extends the provincial standard, declares the record kind emergencyDrills and adds the item quarterly-emergency-drill (a drill every quarter, 2 points); usage publicity becomes 2 points',
          'an example station’s facts, with a drill every quarter',
          'test cases (one, passing)',
          'JSON Schemas of the facts, the variant and the cases, which your editor uses for hints and checks',
        ]),
        'Next:',
        `  1. clean-station test ${p.dir}   runs the test cases;`,
        `  2. change the record kinds, items and params in ${p.id}.json (the points of a section's items must add up to the section's) and write a passing and a failing case for each item in ${p.id}.cases.json;`,
        `  3. after changing record kinds, regenerate the facts schema: clean-station schema facts --ruleset ${variant} -o ${p.dir}/facts.schema.json;`,
        `  4. clean-station evaluate ${p.dir}/station.json --ruleset ${variant};`,
        `  5. clean-station docs --ruleset ${variant} --cases ${p.dir}/${p.id}.cases.json -o ${p.dir}/docs writes a page per item.`,
      ].join('\n'),
    };
  },
  docsWrote: (p: { dir: string; count: number }): Bilingual => ({
    zh: `已在 ${p.dir}/ 写入 items.md 和 ${p.count} 个评价项页面`,
    en: `wrote items.md and ${p.count} item pages in ${p.dir}/`,
  }),
  docsCasesFail: (p: { failed: number; total: number }): Bilingual => ({
    zh: `${p.total} 个测试用例中有 ${p.failed} 个未通过；说明页只用通过的用例作示例，请先运行 clean-station test 修正`,
    en: `${p.failed} of ${p.total} test cases fail; the pages only show cases that pass, so run clean-station test and fix them first`,
  }),
  docsOtherRuleset: (p: { cases: string; given: string }): Bilingual => ({
    zh: `测试用例文件针对的是 ${p.cases}，与 --ruleset 给出的 ${p.given} 不同`,
    en: `the cases file tests ${p.cases}, not the ruleset given with --ruleset (${p.given})`,
  }),
  docsNoExamples: (): Bilingual => ({
    zh: '未提供测试用例，故无示例（用 --cases 给出测试用例文件）。',
    en: 'No examples: give a cases file with --cases to show its cases here.',
  }),
  rulesetHeader: (p: { id: string; version: string; hash: string }): Bilingual => ({
    zh: `评价规则 ${p.id}@${p.version}（${p.hash}）`,
    en: `ruleset ${p.id}@${p.version} (${p.hash})`,
  }),
  params: (): Bilingual => ({ zh: '参数', en: 'Param' }),
  internal: (p: { detail: string }): Bilingual => ({ zh: `内部错误：${p.detail}`, en: `internal error: ${p.detail}` }),
  workerFailed: (p: { detail: string }): Bilingual => ({
    zh: `工作线程出错，批量评价已停止：${p.detail}`,
    en: `a worker thread failed, the batch was stopped: ${p.detail}`,
  }),
  emptyRowsSkipped: (p: { count: number }): Bilingual => ({
    zh: `已跳过 ${p.count} 个空行`,
    en: `skipped ${p.count} empty row${p.count === 1 ? '' : 's'}`,
  }),
  needsOutputFile: (p: { format: string }): Bilingual => ({
    zh: `${p.format} 是二进制文件，请用 -o 指定输出文件`,
    en: `${p.format} is a binary file: name the output file with -o`,
  }),
  pageNotBuilt: (): Bilingual => ({
    zh: '找不到自查页面的脚本（dist/self-check.js）：请先运行 npm run build',
    en: 'the self-check page’s script (dist/self-check.js) is missing: run npm run build first',
  }),
};
