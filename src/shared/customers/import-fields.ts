import { levels, tiers, type Level, type Tier } from './cadence.ts';

/** The customer fields a spreadsheet column can be mapped to on import. */
export const importFields = [
  'name',
  'phone',
  'email',
  'wechat',
  'address',
  'tier',
  'level',
  'business',
  'region',
  'scale',
  'attributes',
  'values',
  'tags',
  'source',
  'notes',
] as const;
/** A field a column can be mapped to. */
export type ImportField = (typeof importFields)[number];

/** Fields every import must map. */
export const requiredImportFields: readonly ImportField[] = ['name'];

// Column headings people commonly use, in Chinese and English, including those our own export writes.
const headerAliases: Record<ImportField, string[]> = {
  name: ['name', 'customer', 'customer name', '姓名', '客户', '客户名称', '客户姓名', '名称'],
  phone: ['phone', 'mobile', 'tel', 'telephone', '电话', '手机', '手机号', '联系电话', '电话号码'],
  email: ['email', 'e-mail', 'mail', '邮箱', '电子邮箱', '电子邮件'],
  wechat: ['wechat', 'weixin', '微信', '微信号'],
  address: ['address', '地址', '联系地址'],
  tier: ['tier', 'maturity', '客户类型', '成熟度', '类别'],
  level: ['level', 'relationship', 'relationship level', '关系层级', '关系级别', '关系'],
  business: ['business', 'product', '业务', '产品', '业务/产品'],
  region: ['region', 'area', 'city', '地区', '区域', '城市'],
  scale: ['scale', 'grade', '规模', '等级', '规模/等级'],
  attributes: ['attributes', '属性'],
  values: ['values', 'needs', '价值', '需求', '价值/需求'],
  tags: ['tags', 'tag', 'labels', '标签'],
  source: ['source', 'channel', '来源', '渠道'],
  notes: ['notes', 'note', 'remark', 'remarks', '备注'],
};

/** Proposes a mapping from file columns to fields by their headings. */
export function suggestMapping(columns: string[]): Partial<Record<ImportField, string>> {
  const mapping: Partial<Record<ImportField, string>> = {};
  for (const field of importFields) {
    const column = columns.find((c) => headerAliases[field].includes(c.trim().toLowerCase()));
    if (column) mapping[field] = column;
  }
  return mapping;
}

const tierLabels: Record<string, Tier> = { 现行: 'current', 现行客户: 'current', 目标: 'target', 目标客户: 'target', 潜在: 'potential', 潜在客户: 'potential' };
const levelLabels: Record<string, Level> = { 买卖中介: 'transactional', 优先选择: 'preferred', 合作伙伴: 'partner', 战略联盟: 'strategic' };

/** Reads a tier written as its id or its Chinese name; undefined when unknown. */
export function parseTier(text: string): Tier | undefined {
  const value = text.trim();
  return (tiers as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as Tier) : tierLabels[value];
}

/** Reads a relationship level written as its id or its Chinese name; undefined when unknown. */
export function parseLevel(text: string): Level | undefined {
  const value = text.trim();
  return (levels as readonly string[]).includes(value.toLowerCase()) ? (value.toLowerCase() as Level) : levelLabels[value];
}

/** Splits a tags cell on commas, semicolons, Chinese punctuation or vertical bars. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,;，；、|]/).map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= 30))];
}
