import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDb, testDialects, type ThrowawayDb } from '../test/test-db.ts';
import { insertRow, insertRows, runCompiled } from './compiled-queries.ts';
import { migrateToLatest } from './migrate.ts';

describe.each(testDialects())('queries compiled once on %s', (dialect) => {
  let t: ThrowawayDb;
  beforeAll(async () => {
    t = await createThrowawayDb(dialect);
    await migrateToLatest(t.db);
  });
  afterAll(() => t.drop());

  it('binds each later insert of the same shape to its own columns', async () => {
    const row = (name: string, key: string) => ({ key, parent_id: null, name_zh: name, name_en: `${name} (en)`, route_to: null, active: 1, position: 90 });
    const first = await insertRow(t.db, 'causes', row('第一', 'compiled_a'), 'id');
    const second = await insertRow(t.db, 'causes', row('第二', 'compiled_b'), 'id');
    const many = await insertRows(t.db, 'causes', [row('三', 'compiled_c'), row('四', 'compiled_d')], 'id');
    expect(new Set([first, second, ...many.map((r) => r.id)]).size).toBe(4);
    const stored = await t.db.selectFrom('causes').select(['id', 'key', 'name_zh', 'name_en']).where('key', 'like', 'compiled_%').orderBy('key').execute();
    expect(stored).toEqual([
      { id: first, key: 'compiled_a', name_zh: '第一', name_en: '第一 (en)' },
      { id: second, key: 'compiled_b', name_zh: '第二', name_en: '第二 (en)' },
      { id: many[0].id, key: 'compiled_c', name_zh: '三', name_en: '三 (en)' },
      { id: many[1].id, key: 'compiled_d', name_zh: '四', name_en: '四 (en)' },
    ]);
  });

  it('refuses a parameter list that is not what the query binds', async () => {
    const build = () => t.db.selectFrom('causes').select('id').where('key', '=', 'compiled_a').where('position', '=', 90);
    await expect(runCompiled(t.db, 'causes by key and position (wrong order)', build, [90, 'compiled_a'])).rejects.toThrow(/does not bind/);
    expect(await runCompiled(t.db, 'causes by key and position', build, ['compiled_a', 90])).toHaveLength(1);
  });
});
