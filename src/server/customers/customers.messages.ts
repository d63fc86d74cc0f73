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
  import_unreadable: {
    'zh-CN': '无法读取文件「{filename}」：{reason}',
    en: 'The file "{filename}" cannot be read: {reason}',
  },
  import_missing_columns: {
    'zh-CN': '列映射缺少必填字段：{fields}。',
    en: 'The column mapping lacks required fields: {fields}.',
  },
  import_unknown_column: {
    'zh-CN': '文件中没有名为「{column}」的列（映射到 {field}）。',
    en: 'The file has no column named "{column}" (mapped to {field}).',
  },
  import_has_errors: {
    'zh-CN': '有 {count} 行数据有误，未导入任何客户。请修正后重试。',
    en: '{count} rows have errors; no customer was imported. Fix them and try again.',
  },
} satisfies Record<string, Record<Locale, string>>;
