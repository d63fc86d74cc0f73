import { describe, expect, it } from 'vitest';
import type { QuestionBody } from '../../../../shared/schemas/academy-quizzes.ts';
import { emptyValues, toBody, toValues } from './question-form-values.ts';

const l = (zh: string) => ({ 'zh-CN': zh, en: zh.toUpperCase() });
const common = { prompt: l('题'), explanation: l('解') };

describe('question editor values', () => {
  it.each<QuestionBody['spec']>([
    { kind: 'true_false', answer: true },
    { kind: 'single', options: [l('a'), l('b')], correct: 1 },
    { kind: 'multiple', options: [l('a'), l('b'), l('c')], correct: [0, 2] },
    { kind: 'ordering', items: [l('a'), l('b')] },
    { kind: 'matching', pairs: [{ left: l('a'), right: l('b') }] },
    { kind: 'short_answer', keyElements: [['感谢', '谢谢'], ['为您']], sample: l('感谢') },
  ])('round-trips a %o question', (spec) => {
    expect(toBody(toValues({ ...common, spec }))).toEqual({ ...common, spec });
  });

  it('reads key elements one per line, alternatives split by a slash', () => {
    const body = toBody({ ...emptyValues('short_answer'), keyElements: '感谢 / 谢谢\n\n为您／帮您' });
    expect(body.spec).toMatchObject({ keyElements: [['感谢', '谢谢'], ['为您', '帮您']] });
  });
});
