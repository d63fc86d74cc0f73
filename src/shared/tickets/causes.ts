// The complaint cause taxonomy (admin-editable; this is the seed) and where each cause is routed.
import { loc, type Localized } from './localized.ts';

/** Who a cause is routed to: customer service, R&D, production, logistics, or nobody. */
export type CauseRoute = 'service' | 'rnd' | 'production' | 'logistics' | null;

/** One cause in the tree; a null routeTo inherits the parent's route. */
export type CauseNode = { key: string; name: Localized; routeTo: CauseRoute; children?: CauseNode[] };

/** One cause with its place in the tree, for seeding a table. */
export type FlatCause = { key: string; parentKey: string | null; depth: number; name: Localized; routeTo: CauseRoute };

const node = (key: string, zh: string, en: string, routeTo: CauseRoute, children?: CauseNode[]): CauseNode =>
  children ? { key, name: loc(zh, en), routeTo, children } : { key, name: loc(zh, en), routeTo };

/**
 * The seed cause tree. Opinions on the product go to R&D and production; opinions on the service
 * to the customer-service department. The network is the operator's product, so it goes to production.
 */
export const defaultCauseTree: CauseNode[] = [
  node('staff_attitude', '服务人员态度', 'Staff attitude', 'service'),
  node('product_quality', '产品质量', 'Product quality', 'production', [
    node('product_defect', '制造缺陷', 'Manufacturing defect', 'production'),
    node('product_design', '设计或功能不足', 'Design or function falls short', 'rnd'),
    node('product_performance', '使用效果与介绍不符', 'Performs below what was described', 'rnd'),
  ]),
  node('repair_quality', '售后维修质量', 'After-sales repair quality', 'service'),
  node('network_fault', '网络或通信故障', 'Network or communication fault', 'production'),
  node('staff_error', '工作失误', 'Staff error', 'service'),
  node('business_policy', '对业务规定有异议', 'Disagreement with a business policy (e.g. payment hours)', 'service'),
  node('expectation_above_standard', '期望高于公司标准', 'Expectation above the company standard', 'service'),
  node('false_information', '虚假或夸大宣传', 'False or exaggerated information', 'service'),
  node('price_fraud', '价格欺诈', 'Price fraud', 'service', [
    node('false_price_tag', '虚假标价', 'False price tag', 'service'),
    node('misleading_price', '误导性价格', 'Misleading price', 'service'),
    node('vague_giveaway', '模糊赠售', 'Vague giveaway', 'service'),
    node('price_promise_broken', '不履行价格承诺', 'Price promise not kept', 'service'),
    node('price_value_mismatch', '价实不符', 'Price does not match value', 'service'),
    node('deceptive_transaction', '诱骗交易', 'Deceptive transaction', 'service'),
  ]),
  node('delivery', '配送与物流', 'Delivery and logistics', 'logistics'),
  node('environment', '服务环境', 'Service environment', 'service'),
  node('safety', '人身或财产安全', 'Safety of person or property', 'service'),
  node('unreasonable_demand', '客户要求不合理', "Customer's unreasonable demand", null),
];

/** Every cause in depth-first order with its parent key and depth (0 for top level). */
export function flattenCauses(tree: readonly CauseNode[], parentKey: string | null = null, depth = 0): FlatCause[] {
  return tree.flatMap((n) => [
    { key: n.key, parentKey, depth, name: n.name, routeTo: n.routeTo },
    ...flattenCauses(n.children ?? [], n.key, depth + 1),
  ]);
}

/** The cause with this key anywhere in the tree, or null. */
export function findCause(tree: readonly CauseNode[], key: string): CauseNode | null {
  for (const n of tree) {
    if (n.key === key) return n;
    const hit = findCause(n.children ?? [], key);
    if (hit) return hit;
  }
  return null;
}

/** Where a cause is routed: its own routeTo or the nearest ancestor's; null when none or unknown. */
export function routeForCause(tree: readonly CauseNode[], key: string): CauseRoute {
  const flat = flattenCauses(tree);
  let current = flat.find((c) => c.key === key);
  while (current) {
    if (current.routeTo !== null) return current.routeTo;
    const parent = current.parentKey;
    current = parent === null ? undefined : flat.find((c) => c.key === parent);
  }
  return null;
}
