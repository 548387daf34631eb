/**
 * The message catalogue for input issues, in Chinese and English. Templates use `{name}`
 * placeholders filled from the issue's params. Code that reports an issue names a code; it never
 * writes the prose itself.
 */

type Template = { readonly zh: string; readonly en: string };

/** Every issue code with its zh/en template. */
export const issueTemplates = {
  'invalid-json': {
    zh: 'JSON 格式错误（第 {line} 行第 {column} 列）：{where}',
    en: 'Invalid JSON at line {line}, column {column}: {detail}',
  },
  'invalid-type': { zh: '类型错误：应为 {expected}，实为 {received}', en: 'Expected {expected}, got {received}' },
  'missing-field': { zh: '缺少必填字段', en: 'Required field is missing' },
  'unknown-field': { zh: '未知字段“{field}”（可能拼写错误）', en: 'Unknown field "{field}" (a typo?)' },
  'invalid-value': { zh: '取值无效，可选值：{allowed}', en: 'Invalid value; expected one of: {allowed}' },
  'too-small': { zh: '取值过小：不得小于 {minimum}', en: 'Too small: must be at least {minimum}' },
  'too-big': { zh: '取值过大：不得大于 {maximum}', en: 'Too big: must be at most {maximum}' },
  'not-an-integer': { zh: '应为整数', en: 'Must be a whole number' },
  'invalid-string': { zh: '字符串格式无效：{detail}', en: 'Invalid string: {detail}' },
  'invalid-name': { zh: '“{value}”格式不对：应{ruleZh}', en: '"{value}" is not a valid name: use {ruleEn}' },
  'invalid-date': {
    zh: '日期“{value}”无效：应为存在的日期 YYYY-MM-DD',
    en: 'Invalid date "{value}": expected an existing date YYYY-MM-DD',
  },
  'invalid-date-time': {
    zh: '“{value}”不是有效的日期或日期时间（ISO 8601）',
    en: '"{value}" is not a valid ISO 8601 date or date-time',
  },
  'date-time-without-offset': {
    zh: '日期时间“{value}”缺少时区偏移（如 +08:00 或 Z）',
    en: 'Date-time "{value}" has no offset (add +08:00 or Z)',
  },
  'invalid-time-zone': { zh: '未知时区“{value}”', en: 'Unknown time zone "{value}"' },
  'date-out-of-range': {
    zh: '日期“{value}”超出合理范围（{min} 至 {max}）',
    en: 'Date "{value}" is outside the plausible range {min}..{max}',
  },
  'end-before-start': { zh: '结束日期 {end} 早于开始日期 {start}', en: 'End {end} is before start {start}' },
  'period-too-long': {
    zh: '评价周期不得超过一年（{start} 至 {end}）',
    en: 'The evaluation period may not exceed one year ({start} to {end})',
  },
  'duplicate-id': { zh: '编号“{id}”重复（首次出现于 {first}）', en: 'Duplicate id "{id}" (first used at {first})' },
  'unknown-reference': { zh: '引用了不存在的{targetZh}：“{ref}”', en: 'Unknown {target} "{ref}"' },
  'input-too-large': {
    zh: '输入过大（{size} 字符，上限 {limit}）',
    en: 'Input too large ({size} characters; the limit is {limit})',
  },
  'input-too-deep': {
    zh: '嵌套层级过深（上限 {limit} 层）',
    en: 'Input nested too deeply (the limit is {limit} levels)',
  },
  'not-an-object': { zh: '输入应为 JSON 对象', en: 'Input must be a JSON object' },
  'unknown-param': { zh: '引用了未定义的参数“{name}”', en: 'Param "{name}" is referenced but not defined' },
  'unknown-fact': { zh: '未知事实“{name}”（可用：{known}）', en: 'Unknown fact "{name}" (known: {known})' },
  'unknown-operator': { zh: '未知运算符“{name}”（可用：{known}）', en: 'Unknown operator "{name}" (known: {known})' },
  'invalid-path': {
    zh: '路径“{path}”无效（{problem}）：只允许以点分隔的属性名',
    en: 'Invalid path "{path}" ({problem}): only dot-separated property names are allowed',
  },
  'invalid-condition': { zh: '条件无效：{detail}', en: 'Invalid condition: {detail}' },
  'condition-too-deep': {
    zh: '条件嵌套过深（上限 {limit} 层）',
    en: 'Condition nested too deeply (the limit is {limit})',
  },
  'value-too-large': { zh: '列表过长（上限 {limit} 项）', en: 'List too long (the limit is {limit} entries)' },
  'forbidden-key': { zh: '禁止使用的键“{key}”', en: 'Forbidden key "{key}"' },
  'missing-conditions': { zh: '计算型评价项必须有 conditions', en: 'A computed item needs conditions' },
  'unexpected-conditions': { zh: '专家评议项不应有 conditions', en: 'An expert-judged item takes no conditions' },
  'unknown-section': { zh: '未知二级指标“{id}”', en: 'Unknown section "{id}"' },
  'unknown-part': { zh: '未知一级指标“{id}”', en: 'Unknown part "{id}"' },
  'points-mismatch': {
    zh: '指标“{id}”分值为 {declared}，但其下各项合计 {sum}',
    en: '{what} "{id}" declares {declared} points but its items add up to {sum}',
  },
  'bonus-outside-bonus-part': { zh: '加分项“{id}”不在加分部分', en: 'Bonus item "{id}" is outside the bonus part' },
  'scored-item-in-bonus-part': {
    zh: '评价项“{id}”的计分方式不能用于加分部分',
    en: 'Item "{id}" in the bonus part must use bonus or expert scoring',
  },
  'grades-not-ordered': {
    zh: '等级应按 优秀、合格、不合格 顺序，分数线递减，最后一档下限为 null',
    en: 'Grades must be excellent, qualified, unqualified with falling thresholds and null for the last',
  },
  'engine-rejected': {
    zh: 'json-rules-engine 拒绝此条件：{detail}',
    en: 'json-rules-engine rejects this condition: {detail}',
  },
  'invalid-version': {
    zh: '版本号“{value}”不是有效的语义化版本',
    en: 'Version "{value}" is not a valid semantic version',
  },
  'too-many-issues': {
    zh: '问题过多：仅列出前 {limit} 个',
    en: 'Too many issues: only the first {limit} are listed',
  },
  'invalid-issue': { zh: '输入无效：{detail}', en: 'Invalid input: {detail}' },
  'no-ruleset': { zh: '未提供规则集文件', en: 'No ruleset document was given' },
  'invalid-range': {
    zh: '版本范围“{value}”不是有效的语义化版本范围',
    en: 'Version range "{value}" is not a valid semver range',
  },
  'unknown-base': {
    zh: '所扩展的规则集“{id}”未提供（请一并加载该文件）',
    en: 'The extended ruleset "{id}" was not given (load its file too)',
  },
  'base-version-mismatch': {
    zh: '所扩展的规则集“{id}”版本为 {version}，不满足版本范围“{range}”',
    en: 'The extended ruleset "{id}" is version {version}, outside the range "{range}"',
  },
  'extends-cycle': { zh: '规则集相互扩展形成循环：{cycle}', en: 'Rulesets extend each other in a cycle: {cycle}' },
  'duplicate-ruleset': {
    zh: '规则集“{id}”被提供了不止一次',
    en: 'Ruleset "{id}" was given more than once',
  },
  'ambiguous-chain': {
    zh: '无法确定要加载的规则集：{leaves} 均未被其他文件扩展（一次只能加载一条扩展链）',
    en: 'Cannot tell which ruleset to load: {leaves} are each extended by no other document (load one chain at a time)',
  },
  'unknown-item': {
    zh: '评价项“{id}”不存在（或已被删除）',
    en: 'Item "{id}" does not exist (or was removed)',
  },
  'duplicate-item': {
    zh: '评价项“{id}”已存在：请用 override 修改，或先在 remove 中删除',
    en: 'Item "{id}" already exists: change it with override, or remove it first',
  },
  'incomplete-entry': {
    zh: '新增的 {what}“{id}”缺少字段：{fields}',
    en: 'The new {what} entry "{id}" lacks: {fields}',
  },
  'verdict-or-score': {
    zh: '评议应给出 verdict（pass/fail）或 score，二者选一',
    en: 'An assessment gives either a verdict (pass/fail) or a score, not both and not neither',
  },
  'duplicate-assessment': {
    zh: '评价项“{id}”有多条评议（首次出现于 {first}）',
    en: 'Item "{id}" is assessed more than once (first at {first})',
  },
  'duplicate-rejection': {
    zh: '记录“{id}”被多次驳回（首次出现于 {first}）',
    en: 'Record "{id}" is rejected more than once (first at {first})',
  },
  'score-out-of-range': {
    zh: '评价项“{id}”的评分 {score} 超出范围 0 至 {max}',
    en: 'Score {score} for item "{id}" is outside 0..{max}',
  },
  'review-other-station': {
    zh: '评议针对站所“{review}”，而事实数据是站所“{facts}”的',
    en: 'The review is for station "{review}", but the facts are of station "{facts}"',
  },
  'review-other-period': {
    zh: '评议针对评价周期 {review}，而事实数据的评价周期是 {facts}',
    en: 'The review is for the period {review}, but the facts cover {facts}',
  },
  'unknown-record': {
    zh: '记录“{id}”不存在，或不是可驳回的证据（过程记录、事件、停电、任职、站点、聘任、考评、解聘情形、责任清单）',
    en: 'Record "{id}" does not exist or cannot be rejected (records, incidents, outages, duties, service points, appointments, reviews, dismissal grounds, responsibility lists can)',
  },
  'justification-required': {
    zh: '对计算型评价项“{id}”的改判必须写明理由（justification）',
    en: 'Overriding the computed item "{id}" needs a justification',
  },
  'too-many-candidates': {
    zh: '聘任 {appointment} 推荐了 {count} 名人选，一般不超过 {max} 名（§5.2.2.5a）',
    en: 'Appointment {appointment} had {count} candidates recommended; as a rule at most {max} (§5.2.2.5a)',
  },
  'term-too-long': {
    zh: '聘任 {appointment} 任期 {termStart} 至 {termEnd}，超过 {maxYears} 年（§5.2.2.6）',
    en: 'Appointment {appointment} runs {termStart} to {termEnd}, longer than {maxYears} years (§5.2.2.6)',
  },
  'too-many-consecutive-terms': {
    zh: '聘任 {appointment} 为连续第 {termNumber} 届，一般不超过 {max} 届（§5.2.2.6）',
    en: 'Appointment {appointment} is consecutive term {termNumber}; as a rule at most {max} (§5.2.2.6)',
  },
  'group-size': {
    zh: '廉政监督小组有 {size} 名成员，应为 {min} 至 {max} 名（§5.2.2.8）',
    en: 'The supervision group has {size} members; it should have {min} to {max} (§5.2.2.8)',
  },
  'group-leader-not-secretary': {
    zh: '廉政监督小组组长不是支部书记（组长：{leader}）（§5.2.2.8）',
    en: 'The supervision group is not led by the branch secretary (leader: {leader}) (§5.2.2.8)',
  },
  'unused-param': {
    zh: '参数“{name}”不是所扩展规则的参数，也没有任何 $param 引用它（可能拼写错误）',
    en: 'Param "{name}" is not a param of the extended ruleset and no $param uses it (a typo?)',
  },
  'duplicate-kind': {
    zh: '记录类型“{kind}”已存在（标准内置或被扩展的规则已声明），不能重复声明',
    en: 'Record kind "{kind}" already exists (built in, or declared by the extended ruleset) and cannot be declared again',
  },
  'reserved-kind': {
    zh: '“{kind}”是保留名称（人员、服务站点、监督小组成员），不能作为记录类型名',
    en: '"{kind}" is a reserved name (staff, service points, group members) and cannot name a record kind',
  },
  'reserved-field': {
    zh: '字段“{field}”是每条记录都有的公共字段（id、date、servicePointId、note），不能再声明',
    en: 'Field "{field}" is common to every record (id, date, servicePointId, note) and cannot be declared',
  },
  'unknown-ref-target': {
    zh: '引用目标“{to}”不存在（可用：{known}）',
    en: 'Unknown reference target "{to}" (known: {known})',
  },
  'invalid-bounds': {
    zh: '下限 {min} 大于上限 {max}，没有值能满足',
    en: 'The lower bound {min} is above the upper bound {max}; no value can meet both',
  },
  'unknown-kind': {
    zh: '记录类型“{kind}”未声明（可用：{known}）',
    en: 'Record kind "{kind}" is not declared (known: {known})',
  },
  'unknown-record-field': {
    zh: '记录类型“{kind}”没有字段“{field}”（可用：{known}）',
    en: 'Record kind "{kind}" has no field "{field}" (known: {known})',
  },
  'field-type-mismatch': {
    zh: '字段“{field}”的类型是 {type}，不能这样使用：{detail}',
    en: 'Field "{field}" is of type {type} and cannot be used this way: {detail}',
  },
  'too-many-keys': { zh: '对象的键过多（上限 {limit} 个）', en: 'Object has too many keys (the limit is {limit})' },
  'too-many-values': {
    zh: '文档过大：超过 {limit} 个 JSON 值',
    en: 'Document too large: more than {limit} JSON values',
  },
  'too-many-documents': {
    zh: '规则集文档过多（上限 {limit} 个）',
    en: 'Too many ruleset documents (the limit is {limit})',
  },
  'param-expansion-too-large': {
    zh: '在此处代入参数“{name}”会使规则集过大（代入参数后超过 {limit} 个 JSON 值）',
    en: 'Substituting param "{name}" here makes the ruleset too large (more than {limit} JSON values after substitution)',
  },
  'ruleset-too-large': {
    zh: '规则集过大：代入参数后超过 {limit} 个 JSON 值',
    en: 'Ruleset too large: more than {limit} JSON values after params are substituted',
  },
  'unreadable-value': { zh: '无法读取此值：{detail}', en: 'The value cannot be read: {detail}' },
  'duplicate-key': {
    zh: '键“{key}”在同一对象中重复出现（第 {line} 行第 {column} 列）',
    en: 'Key "{key}" appears more than once in this object (line {line}, column {column})',
  },
  'too-many-decimals': {
    zh: '分值 {value} 的小数超过 {decimals} 位',
    en: 'Score {value} has more than {decimals} decimal places',
  },
  'invalid-pointer': {
    zh: '“{pointer}”不是 JSON 指针：应以 / 开头，如 /records/liaisons/0（~ 写作 ~0，/ 写作 ~1）',
    en: '"{pointer}" is not a JSON Pointer: it starts with /, like /records/liaisons/0 (~ is written ~0, / is ~1)',
  },
  'pointer-not-found': {
    zh: '“{pointer}”处没有值（补丁按顺序执行，前面的操作可能已改变它）',
    en: 'Nothing at "{pointer}" (operations apply in order; an earlier one may have changed it)',
  },
  'index-out-of-range': {
    zh: '“{pointer}”：下标 {index} 超出范围（列表有 {length} 项，下标从 0 开始）',
    en: '"{pointer}": index {index} is out of range (the list has {length} entries, counted from 0)',
  },
  'patch-test-failed': {
    zh: 'test 不成立：“{pointer}”的值是 {actual}，不是 {expected}',
    en: 'test failed: the value at "{pointer}" is {actual}, not {expected}',
  },
  'move-into-itself': {
    zh: '不能把“{from}”移动到它自身内部（{pointer}）',
    en: 'Cannot move "{from}" into itself ({pointer})',
  },
  'missing-file': {
    zh: '文件“{file}”未提供（请在 files 中给出其内容）',
    en: 'File "{file}" was not given (pass its content in files)',
  },
  'duplicate-case': {
    zh: '用例名称“{name}”重复（首次出现于 {first}）',
    en: 'Case name "{name}" is used twice (first at {first})',
  },
  'nothing-expected': {
    zh: '没有写任何期望：请写出 total、grade、items 中某项的 score、status、missing 等，或 issues',
    en: 'Nothing is expected: name total, grade, an item’s score, status, missing … or issues',
  },
  'issues-or-result': {
    zh: '期望 issues（事实数据被拒绝）时不能同时期望评分结果（total、grade、items 等）',
    en: 'A case expects either issues (the facts are refused) or a result (total, grade, items …), not both',
  },
} as const satisfies Record<string, Template>;

/** A code of the catalogue. */
export type IssueCode = keyof typeof issueTemplates;

const extraTemplates = new Map<string, Template>();

/**
 * Adds templates for codes owned by another module (the ruleset loader, the review parser).
 *
 * @example
 * ```ts
 * registerIssueTemplates({ 'unknown-item': { zh: '未知评价项 {id}', en: 'Unknown item {id}' } });
 * ```
 */
export function registerIssueTemplates(templates: Record<string, Template>): void {
  for (const [code, template] of Object.entries(templates)) extraTemplates.set(code, template);
}

/**
 * A template split once into its text (even positions) and `{name}` placeholders (odd positions):
 * messages are filled for every warning of every station.
 */
function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size >= 2_000) templateParts.clear();
    templateParts.set(template, parts);
  }
  return parts;
}

const templateParts = new Map<string, readonly string[]>();

function fill(template: string, params: Record<string, string | number>): string {
  const parts = partsOf(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + (parts[i + 1] as string);
  }
  return out;
}

/**
 * The longest input value an issue repeats, in UTF-16 code units. A longer value (a time zone of
 * a megabyte, a misspelt key of a thousand characters) is cut there and ends in "…", in the
 * params and in the messages alike.
 */
export const MAX_ECHO_LENGTH = 200;

/** Params the library writes itself (catalogues of names, type names): never cut. */
const LIBRARY_PARAMS: ReadonlySet<string> = new Set(['known', 'allowed', 'expected', 'received']);

/**
 * `text` cut to {@link MAX_ECHO_LENGTH} code units with "…" appended, never splitting a
 * surrogate pair; shorter text as is.
 *
 * @example
 * ```ts
 * echoed('x'.repeat(1000)).length; // 201
 * echoed('Asia/Shanghai'); // 'Asia/Shanghai'
 * ```
 */
export function echoed(text: string): string {
  if (text.length <= MAX_ECHO_LENGTH) return text;
  const last = text.charCodeAt(MAX_ECHO_LENGTH - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_ECHO_LENGTH - 1 : MAX_ECHO_LENGTH;
  return `${text.slice(0, end)}…`;
}

/**
 * The params of an issue as it shows them: every string param that may come from the input cut
 * by {@link echoed}. Returns `params` itself when nothing is cut.
 *
 * @example
 * ```ts
 * echoedParams({ value: 'x'.repeat(1000), limit: 64 }).value.length; // 201
 * ```
 */
export function echoedParams(params: Record<string, string | number>): Record<string, string | number> {
  let out: Record<string, string | number> | null = null;
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (typeof value !== 'string' || value.length <= MAX_ECHO_LENGTH || LIBRARY_PARAMS.has(name)) continue;
    out ??= { ...params };
    out[name] = echoed(value);
  }
  return out ?? params;
}

/**
 * The zh/en message of an issue code with its params filled in (input values cut by
 * {@link echoedParams}).
 *
 * @example
 * ```ts
 * issueMessage('duplicate-id', { id: 'L-1', first: 'records.liaisons[0]' }).en;
 * // 'Duplicate id "L-1" (first used at records.liaisons[0])'
 * ```
 */
export function issueMessage(code: string, params: Record<string, string | number>): Template {
  const template: Template | undefined = (issueTemplates as Record<string, Template>)[code] ?? extraTemplates.get(code);
  if (!template) return { zh: `${code}`, en: `${code}` };
  const shown = echoedParams(params);
  const message = { zh: fill(template.zh, shown), en: fill(template.en, shown) };
  if (!Object.hasOwn(shown, 'suggestion')) return message;
  const suggestion = String(shown.suggestion);
  return { zh: `${message.zh}。是否应为“${suggestion}”？`, en: `${message.en}. Did you mean "${suggestion}"?` };
}
