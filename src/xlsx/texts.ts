/**
 * The words of a station's workbook in Chinese and English: the instructions sheet, the headers
 * of the station sheet, and the hint of every column (what to enter, whether it is required).
 */
import type { Label } from '../facts/fields.js';
import type { Bilingual, Lang } from '../report/messages/index.js';
import type { Column, WorkbookLayout } from './layout.js';

/** The instructions sheet's text: a title, then one paragraph per rule of filling in. */
export const INSTRUCTIONS: { readonly title: Bilingual; readonly paragraphs: readonly Bilingual[] } = {
  title: {
    zh: '清廉供电站所服务监督评价 台账填报工作簿',
    en: 'Clean-station evaluation: the station’s ledger workbook',
  },
  paragraphs: [
    {
      zh: '每个工作表是一类台账或一份名单。第一行是表头（中文名称和字段名），请勿修改；从第二行起每行一条。带 * 的列必填。',
      en: 'Each sheet is one ledger or list. Row 1 is the header (Chinese title and field name): keep it as it is. From row 2 on, one entry per row. Columns marked * are required.',
    },
    {
      zh: '日期填写为日期（如 2023-01-31）。记录日期也可以带时间：“2023-03-31 20:00”按本所时区理解，也可以填写带时区的“2023-03-31T20:00:00+08:00”。',
      en: 'Dates are dates (2023-01-31). A record’s date may have a time: “2023-03-31 20:00” is read in the station’s time zone; “2023-03-31T20:00:00+08:00” carries its own offset.',
    },
    {
      zh: '有下拉列表的列从列表中选择中文名称（也可填写英文名称或字段值）；是/否列填写“是”或“否”。',
      en: 'Columns with a drop-down take one of its Chinese labels (the English label or the raw value also work); yes/no columns take 是 or 否 (true or false).',
    },
    {
      zh: '同一单元格中的多个编号或选项用逗号、顿号、分号或换行分隔；多项文字（如重大事项）每行一项。',
      en: 'Several ids or options in one cell are separated by commas, 、, semicolons or line breaks; several texts (major matters) go one per line.',
    },
    {
      zh: '编号在整个工作簿中唯一。引用（人员、服务站点、问题等）填写对应工作表中的编号。诉求、站点设施等附属记录在单独的工作表中填写，第一列填写所属记录的编号。',
      en: 'Ids are unique in the whole workbook. A reference (a staff member, a service point, a problem) is an id from its sheet. Nested entries (a liaison’s demands, a point’s facilities) have sheets of their own whose first column is the id of the entry they belong to.',
    },
    {
      zh: '空行会被跳过。请勿添加其他填有内容的工作表或列：读取时会报错，不会被悄悄忽略。',
      en: 'Empty rows are skipped. Do not add sheets or columns with data in them: reading reports them rather than ignoring them.',
    },
    {
      zh: '填好后：clean-station evaluate station.xlsx（评价），clean-station validate station.xlsx（检查），clean-station import station.xlsx -o facts.json（转为 JSON）。',
      en: 'Then: clean-station evaluate station.xlsx (score it), clean-station validate station.xlsx (check it), clean-station import station.xlsx -o facts.json (turn it into JSON).',
    },
  ],
};

/** Headers of the instructions' table of columns, and of the station sheet. */
export const HEADERS = {
  sheet: { zh: '工作表', en: 'sheet' },
  column: { zh: '列', en: 'column' },
  required: { zh: '必填', en: 'required' },
  hint: { zh: '填写说明', en: 'what to enter' },
  field: { zh: '项目', en: 'field' },
  value: { zh: '值', en: 'value' },
  ruleset: { zh: '规则', en: 'ruleset' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
} as const satisfies Record<string, Bilingual>;

/** A bilingual text in the workbook's language: Chinese, with the English beside it in English. */
export function inLang(text: Bilingual | Label, lang: Lang): string {
  return lang === 'en' && text.en !== undefined && text.en !== text.zh ? `${text.zh} ${text.en}` : text.zh;
}

/** The sheet a reference points into: staff, service points, group members or a record kind. */
export function targetSheet(layout: WorkbookLayout, to: string) {
  return (
    layout.lists.find(
      (sheet) => sheet.path.at(-1) === to && (sheet.path.length === 1 || sheet.path[0] !== 'records'),
    ) ??
    layout.lists.find((sheet) => sheet.path[0] === 'records' && sheet.path[1] === to) ??
    layout.lists.find((sheet) => to === 'groupMembers' && sheet.path.join('.') === 'supervisionGroup.members')
  );
}

function typeHint(column: Column, layout: WorkbookLayout, lang: Lang): Bilingual {
  const labels = (column.values ?? [])
    .map((v) => (lang === 'en' ? (v.label.en ?? v.label.zh) : v.label.zh))
    .join(lang === 'en' ? ', ' : '、');
  const target = column.to === undefined ? undefined : targetSheet(layout, column.to);
  const targetName = target?.name ?? column.to ?? '';
  switch (column.type) {
    case 'date':
      return { zh: '日期，如 2023-01-31', en: 'a date, e.g. 2023-01-31' };
    case 'date-time':
      return {
        zh: '日期（如 2023-01-31），或日期时间（2023-03-31 20:00 按本所时区）',
        en: 'a date (2023-01-31), or a date and time (2023-03-31 20:00, in the station’s time zone)',
      };
    case 'count':
      return { zh: `整数${boundsText(column, 'zh')}`, en: `a whole number${boundsText(column, 'en')}` };
    case 'number':
      return { zh: `数字${boundsText(column, 'zh')}`, en: `a number${boundsText(column, 'en')}` };
    case 'boolean':
      return { zh: '是 或 否', en: 'yes or no (是/否)' };
    case 'presence':
      return {
        zh: `是否有${column.title.zh}：是 或 否`,
        en: `whether there is a ${column.title.en ?? column.title.zh}: yes or no`,
      };
    case 'enum':
      return { zh: `从下拉列表选择：${labels}`, en: `one of: ${labels}` };
    case 'enums':
      return {
        zh: `一项或多项（用逗号、顿号或换行分隔）：${labels}`,
        en: `one or more, separated by commas or line breaks: ${labels}`,
      };
    case 'ref':
      return { zh: `“${targetName}”中的编号`, en: `an id from “${targetName}”` };
    case 'refs':
      return {
        zh: `“${targetName}”中的编号，多个用逗号、顿号或换行分隔`,
        en: `ids from “${targetName}”, separated by commas or line breaks`,
      };
    case 'parent':
      return { zh: '所属记录的编号', en: 'the id of the entry this row belongs to' };
    case 'texts':
      return { zh: '文字，多项时每行一项', en: 'text, one entry per line' };
    default:
      return { zh: '文字', en: 'text' };
  }
}

function boundsText(column: Column, lang: Lang): string {
  const { min, max } = column;
  if (min === undefined && max === undefined) return '';
  if (lang === 'zh') {
    if (max === undefined) return `，不小于 ${min}`;
    return min === undefined ? `，不大于 ${max}` : `，${min} 至 ${max}`;
  }
  if (max === undefined) return `, at least ${min}`;
  return min === undefined ? `, at most ${max}` : `, ${min} to ${max}`;
}

/**
 * What to enter in a column, in the workbook's language: required or not, then the kind of value.
 *
 * @example
 * ```ts
 * columnHint(dateColumn, layout, 'zh'); // '必填。日期，如 2023-01-31'
 * ```
 */
export function columnHint(column: Column, layout: WorkbookLayout, lang: Lang): string {
  const hint = typeHint(column, layout, lang);
  return lang === 'en'
    ? `${column.required ? 'Required' : 'Optional'}: ${hint.en}`
    : `${column.required ? '必填' : '选填'}。${hint.zh}`;
}

/**
 * The header of a column: its Chinese title and its field name, with `*` before a required one.
 *
 * @example
 * ```ts
 * columnHeader(dateColumn); // '*日期 date'
 * ```
 */
export function columnHeader(column: Column): string {
  return `${column.required ? '*' : ''}${column.title.zh} ${column.key}`;
}
