import { describe, expect, it } from 'vitest';
import type { Cause } from '../../hooks/use-taxonomy.ts';
import { buildCauseTree, selfAndDescendants } from './causes-tree.ts';

const cause = (id: number, parentId: number | null, key: string): Cause => ({ id, parentId, key, nameZh: key, nameEn: key, routeTo: null, active: true });
const causes = [cause(1, null, 'product_quality'), cause(2, 1, 'product_defect'), cause(3, 2, 'battery'), cause(4, null, 'staff_attitude'), cause(5, 99, 'orphan')];

describe('buildCauseTree', () => {
  it('nests children under parents in API order, leaves without children', () => {
    const tree = buildCauseTree(causes);
    expect(tree.map((c) => c.key)).toEqual(['product_quality', 'staff_attitude', 'orphan']);
    expect(tree[0].children?.[0].key).toBe('product_defect');
    expect(tree[0].children?.[0].children?.[0]).toMatchObject({ key: 'battery', depth: 2 });
    expect(tree[1].children).toBeUndefined();
  });
});

describe('selfAndDescendants', () => {
  it('collects the whole branch', () => {
    expect([...selfAndDescendants(causes, 1)].sort()).toEqual([1, 2, 3]);
    expect([...selfAndDescendants(causes, 4)]).toEqual([4]);
  });
});
