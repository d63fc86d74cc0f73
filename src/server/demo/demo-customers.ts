import { seededRandom } from '../../shared/seeded-random.ts';
import type { ImportedCustomer } from '../customers/customer-import.ts';

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const compoundSurnames = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫'];
const givenChars = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉鹏飞玲红梅雪晓雯婷宇浩然子涵欣怡佳琪梓萱俊熙博文思远嘉怡雨桐一诺子墨晨阳志强海燕春燕秋菊国庆永刚立新德华'.split('');
const regions = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '重庆', '天津', '苏州', '长沙', '郑州', '青岛', '厦门'];
const businesses = ['手机', '宽带', '套餐', '智能家居', '平板', '穿戴设备'];
const scales = ['个人', '家庭', '小微企业', '大客户'];
const attributes = ['价格敏感', '品质优先', '服务导向', '技术爱好者'];
const needs = ['稳定网络', '快速维修', '以旧换新', '专属顾问'];
const tagPool = ['VIP', '老客户', '推荐人', '投诉过', '企业客户', '学生', '银发族', '高价值'];
const sources = ['门店', '热线', '官网', '转介绍', '电话外呼', '展会'];

/** The demo product catalogue: phones, plans and devices a telecom shop sells. */
export const demoProducts = [
  { name: '华为 Mate 60 Pro', model: 'ALN-AL00', category: '手机' },
  { name: '小米 14', model: '23127PN0CC', category: '手机' },
  { name: 'OPPO Reno11', model: 'PJH110', category: '手机' },
  { name: 'vivo X100', model: 'V2309A', category: '手机' },
  { name: '荣耀 Magic6', model: 'BVL-AN00', category: '手机' },
  { name: '千兆宽带 1000M', model: null, category: '宽带' },
  { name: '家庭融合套餐 199元', model: null, category: '套餐' },
  { name: '华为 MatePad 11.5', model: 'BTK-W00', category: '平板' },
  { name: '小米手环 8', model: 'M2239B1', category: '穿戴设备' },
  { name: '智能门锁 X3', model: 'DL-X3', category: '智能家居' },
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** A generated customer with the purchases to record for it (product index, days ago, price). */
export type DemoCustomer = Omit<ImportedCustomer, 'row'> & { purchases: { product: number; daysAgo: number; price: number; serial: string }[] };

/** Generates `count` realistic Chinese customers; the same seed gives the same customers. */
export function generateCustomers(count: number, seed = 42): DemoCustomer[] {
  const rand = seededRandom(seed);
  const customers: DemoCustomer[] = [];
  for (let i = 0; i < count; i++) {
    const surname = rand() < 0.03 ? pick(rand, compoundSurnames) : pick(rand, surnames);
    const given = pick(rand, givenChars) + (rand() < 0.7 ? pick(rand, givenChars) : '');
    const phone = `1${pick(rand, ['3', '5', '7', '8', '9'])}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
    const tierRoll = rand();
    const contacts: DemoCustomer['contacts'] = [{ kind: 'phone', value: phone }];
    if (rand() < 0.4) contacts.push({ kind: 'email', value: `user${seed}x${i}@example.com` });
    if (rand() < 0.3) contacts.push({ kind: 'wechat', value: `wx_${i.toString(36)}${Math.floor(rand() * 1000)}` });
    const purchases = Array.from({ length: tierRoll < 0.6 ? 1 + Math.floor(rand() * 3) : 0 }, () => {
      const product = Math.floor(rand() * demoProducts.length);
      return { product, daysAgo: Math.floor(rand() * 720), price: [3999, 4299, 2599, 199, 1299, 299, 1899][product % 7], serial: `SN${Math.floor(rand() * 1e12)}` };
    });
    customers.push({
      name: surname + given,
      tier: tierRoll < 0.6 ? 'current' : tierRoll < 0.8 ? 'target' : 'potential',
      level: pick(rand, ['transactional', 'transactional', 'preferred', 'preferred', 'partner', 'strategic'] as const),
      segments: { business: pick(rand, businesses), region: pick(rand, regions), scale: pick(rand, scales), attributes: pick(rand, attributes), values: pick(rand, needs) },
      tags: rand() < 0.5 ? [pick(rand, tagPool)] : [],
      source: pick(rand, sources),
      notes: null,
      contacts,
      purchases,
    });
  }
  return customers;
}
