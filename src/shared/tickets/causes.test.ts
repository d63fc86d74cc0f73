import { describe, expect, it } from 'vitest';
import { defaultCauseTree, findCause, flattenCauses, routeForCause, type CauseNode } from './causes.ts';

describe('cause taxonomy', () => {
  const flat = flattenCauses(defaultCauseTree);

  it('has unique keys and bilingual names', () => {
    expect(new Set(flat.map((c) => c.key)).size).toBe(flat.length);
    for (const c of flat) expect(c.name['zh-CN'] && c.name.en).toBeTruthy();
  });

  it('includes the six price-fraud subtypes', () => {
    expect(findCause(defaultCauseTree, 'price_fraud')?.children?.map((c) => c.key)).toEqual([
      'false_price_tag', 'misleading_price', 'vague_giveaway', 'price_promise_broken', 'price_value_mismatch', 'deceptive_transaction',
    ]);
    expect(flat.find((c) => c.key === 'vague_giveaway')).toMatchObject({ parentKey: 'price_fraud', depth: 1 });
  });

  it('sends product opinions to R&D and production, service opinions to customer service', () => {
    expect(routeForCause(defaultCauseTree, 'product_defect')).toBe('production');
    expect(routeForCause(defaultCauseTree, 'product_design')).toBe('rnd');
    expect(routeForCause(defaultCauseTree, 'staff_attitude')).toBe('service');
    expect(routeForCause(defaultCauseTree, 'misleading_price')).toBe('service');
    expect(routeForCause(defaultCauseTree, 'delivery')).toBe('logistics');
    expect(routeForCause(defaultCauseTree, 'unreasonable_demand')).toBeNull();
    expect(routeForCause(defaultCauseTree, 'nope')).toBeNull();
  });

  it('lets a child without a route inherit its parent\'s', () => {
    const tree: CauseNode[] = [{ key: 'a', name: { 'zh-CN': '甲', en: 'A' }, routeTo: 'rnd', children: [{ key: 'b', name: { 'zh-CN': '乙', en: 'B' }, routeTo: null }] }];
    expect(routeForCause(tree, 'b')).toBe('rnd');
  });
});
