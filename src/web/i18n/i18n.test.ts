import { describe, expect, it } from 'vitest';
import { resources } from './resources.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

describe('web i18n resources', () => {
  const zh = flatten(resources['zh-CN'] as Tree);
  const english = flatten(resources.en as Tree);

  it('zh-CN and en have exactly the same keys', () => {
    expect([...zh.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty values', () => {
    for (const [name, catalog] of [['zh-CN', zh], ['en', english]] as const) {
      const empty = [...catalog].filter(([, value]) => value.trim() === '').map(([key]) => key);
      expect(empty, `empty values in ${name}`).toEqual([]);
    }
  });

  it('use the same interpolation placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of zh) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(value));
  });
});
