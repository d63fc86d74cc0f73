import { describe, expect, it } from 'vitest';
import { splitHighlights } from './highlight.ts';

describe('splitHighlights', () => {
  it('cuts the text at the ranges', () => {
    expect(splitHighlights('手机黑屏无法开机', [[2, 4]])).toEqual([
      { text: '手机', hit: false },
      { text: '黑屏', hit: true },
      { text: '无法开机', hit: false },
    ]);
  });

  it('merges overlapping and touching ranges and sorts them', () => {
    expect(splitHighlights('屏幕出现黑点', [[4, 6], [0, 2], [1, 3], [3, 4]])).toEqual([{ text: '屏幕出现黑点', hit: true }]);
    expect(splitHighlights('屏幕出现黑点', [[4, 6], [0, 2]])).toEqual([
      { text: '屏幕', hit: true },
      { text: '出现', hit: false },
      { text: '黑点', hit: true },
    ]);
  });

  it('ignores empty and out-of-bounds ranges and keeps markup as plain text', () => {
    expect(splitHighlights('<b>x</b>', [[-3, 0], [5, 5], [3, 99]])).toEqual([
      { text: '<b>', hit: false },
      { text: 'x</b>', hit: true },
    ]);
    expect(splitHighlights('', [[0, 2]])).toEqual([]);
  });
});
