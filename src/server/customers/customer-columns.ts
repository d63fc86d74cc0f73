import type { ImportField } from '../../shared/customers/import-fields.ts';
import type { Locale } from '../../shared/schemas/common.ts';

/** Column headings of customer files, in every locale; import fields plus the export-only columns. */
export const customerColumnLabels: Record<ImportField | 'id' | 'owner' | 'risk' | 'nextContactDueOn' | 'createdAt', Record<Locale, string>> = {
  id: { 'zh-CN': '编号', en: 'ID' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  email: { 'zh-CN': '邮箱', en: 'Email' },
  wechat: { 'zh-CN': '微信', en: 'WeChat' },
  address: { 'zh-CN': '地址', en: 'Address' },
  tier: { 'zh-CN': '客户类型', en: 'Tier' },
  level: { 'zh-CN': '关系层级', en: 'Level' },
  business: { 'zh-CN': '业务/产品', en: 'Business' },
  region: { 'zh-CN': '地区', en: 'Region' },
  scale: { 'zh-CN': '规模/等级', en: 'Scale' },
  attributes: { 'zh-CN': '属性', en: 'Attributes' },
  values: { 'zh-CN': '价值/需求', en: 'Values' },
  tags: { 'zh-CN': '标签', en: 'Tags' },
  source: { 'zh-CN': '来源', en: 'Source' },
  notes: { 'zh-CN': '备注', en: 'Notes' },
  owner: { 'zh-CN': '负责人', en: 'Owner' },
  risk: { 'zh-CN': '流失风险', en: 'Churn risk' },
  nextContactDueOn: { 'zh-CN': '下次联系', en: 'Next contact due' },
  createdAt: { 'zh-CN': '创建时间', en: 'Created' },
};
