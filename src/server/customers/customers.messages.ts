import type { Locale } from '../../shared/schemas/common.ts';

/** Error messages of the customer archive, in every locale. */
export const customerMessages = {
  customer_not_found: { 'zh-CN': '客户 {id} 不存在。', en: 'Customer {id} does not exist.' },
  duplicate_customer: {
    'zh-CN': '该电话或邮箱已属于客户「{name}」，可打开该客户、合并，或确认仍要新建。',
    en: 'This phone or email already belongs to customer "{name}"; open that customer, merge, or confirm to create anyway.',
  },
  invalid_contact: {
    'zh-CN': '{field}：「{value}」不是有效的{kind}。',
    en: '{field}: "{value}" is not a valid {kind}.',
  },
  contact_not_found: { 'zh-CN': '联系方式 {id} 不存在。', en: 'Contact {id} does not exist.' },
  interaction_in_future: { 'zh-CN': '联系时间不能晚于现在。', en: 'A contact cannot be logged in the future.' },
  merge_into_self: { 'zh-CN': '不能把客户合并到自己。', en: 'A customer cannot be merged into itself.' },
  self_referral: { 'zh-CN': '客户不能是自己的推荐人。', en: 'A customer cannot be their own referrer.' },
  purchase_in_future: {
    'zh-CN': '购买日期 {date} 晚于今天，请检查日期。',
    en: 'The purchase date {date} is after today; check the date.',
  },
  product_not_found: { 'zh-CN': '产品 {id} 不存在。', en: 'Product {id} does not exist.' },
  purchase_not_found: { 'zh-CN': '购买记录 {id} 不存在。', en: 'Purchase {id} does not exist.' },
  commitment_not_found: { 'zh-CN': '服务承诺 {id} 不存在。', en: 'Service commitment {id} does not exist.' },
  import_not_xlsx: { 'zh-CN': '「{filename}」不是有效的 XLSX 工作簿。', en: '"{filename}" is not a valid XLSX workbook.' },
  import_no_sheet: { 'zh-CN': '「{filename}」中没有工作表。', en: '"{filename}" contains no worksheet.' },
  import_wrong_type: { 'zh-CN': '只能导入 .csv 或 .xlsx 文件，「{filename}」不是。', en: 'Only .csv and .xlsx files can be imported; "{filename}" is neither.' },
  import_no_heading: { 'zh-CN': '「{filename}」的第一行应为列标题。', en: 'The first row of "{filename}" must hold the column headings.' },
  import_malformed_csv: { 'zh-CN': '「{filename}」的 CSV 格式有误：{detail}', en: 'The CSV in "{filename}" is malformed: {detail}' },
  import_empty: { 'zh-CN': '「{filename}」中没有数据行。', en: '"{filename}" has no data rows.' },
  import_required: { 'zh-CN': '{field}不能为空。', en: '{field} is required.' },
  import_invalid_value: { 'zh-CN': '「{value}」不是有效的{field}。', en: '"{value}" is not a valid {field}.' },
  import_too_long: { 'zh-CN': '{field}最多 {max} 个字符。', en: '{field} may have at most {max} characters.' },
  import_duplicate_in_file: { 'zh-CN': '{value} 与第 {other} 行重复。', en: '{value} repeats row {other}.' },
  import_missing_columns: {
    'zh-CN': '列映射缺少必填字段：{fields}。',
    en: 'The column mapping lacks required fields: {fields}.',
  },
  import_unknown_column: {
    'zh-CN': '文件中没有名为「{column}」的列（映射到 {field}）。',
    en: 'The file has no column named "{column}" (mapped to {field}).',
  },
  import_too_many_rows: { 'zh-CN': '一次最多导入 {max} 行，文件有 {count} 行。', en: 'At most {max} rows can be imported at once; the file has {count}.' },
  import_has_errors: {
    'zh-CN': '有 {count} 行数据有误，未导入任何客户。请修正后重试。',
    en: '{count} rows have errors; no customer was imported. Fix them and try again.',
  },
} satisfies Record<string, Record<Locale, string>>;
