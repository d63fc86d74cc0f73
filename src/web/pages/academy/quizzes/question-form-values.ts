// Converts a question between the API's shape and the editor form's flat fields (one row per option, pair or item).
import type { QuestionKind } from '../../../../shared/academy/quizzes/question.ts';
import type { QuestionBody } from '../../../../shared/schemas/academy-quizzes.ts';

type Text = { 'zh-CN': string; en: string };
/** The editor's fields: key elements are one line each, alternatives separated by "/". */
export type QuestionFormValues = {
  kind: QuestionKind;
  prompt: Text;
  explanation: Text;
  answer?: boolean;
  options?: (Text & { correct?: boolean })[];
  items?: Text[];
  pairs?: { left: Text; right: Text }[];
  keyElements?: string;
  sample?: Text;
};

const blank = (): Text => ({ 'zh-CN': '', en: '' });

/** Empty fields for a new question of `kind`. */
export function emptyValues(kind: QuestionKind): QuestionFormValues {
  const base = { kind, prompt: blank(), explanation: blank() };
  if (kind === 'true_false') return { ...base, answer: false };
  if (kind === 'single' || kind === 'multiple') return { ...base, options: [{ ...blank(), correct: true }, { ...blank(), correct: false }] };
  if (kind === 'ordering') return { ...base, items: [blank(), blank(), blank()] };
  if (kind === 'matching') return { ...base, pairs: [{ left: blank(), right: blank() }, { left: blank(), right: blank() }] };
  return { ...base, keyElements: '', sample: blank() };
}

/** The form fields of an existing question. */
export function toValues(body: QuestionBody): QuestionFormValues {
  const base = { kind: body.spec.kind, prompt: body.prompt, explanation: body.explanation };
  const s = body.spec;
  if (s.kind === 'true_false') return { ...base, answer: s.answer };
  if (s.kind === 'single') return { ...base, options: s.options.map((o, i) => ({ ...o, correct: i === s.correct })) };
  if (s.kind === 'multiple') return { ...base, options: s.options.map((o, i) => ({ ...o, correct: s.correct.includes(i) })) };
  if (s.kind === 'ordering') return { ...base, items: s.items };
  if (s.kind === 'matching') return { ...base, pairs: s.pairs };
  return { ...base, keyElements: s.keyElements.map((alternatives) => alternatives.join(' / ')).join('\n'), sample: s.sample };
}

const text = (t: Text): Text => ({ 'zh-CN': t['zh-CN'], en: t.en });

/** The API body from the form fields (the server validates it and names any field at fault). */
export function toBody(v: QuestionFormValues): QuestionBody {
  const base = { prompt: text(v.prompt), explanation: text(v.explanation) };
  const options = (v.options ?? []).map(text);
  const correct = (v.options ?? []).flatMap((o, i) => (o.correct ? [i] : []));
  switch (v.kind) {
    case 'true_false':
      return { ...base, spec: { kind: 'true_false', answer: v.answer ?? false } };
    case 'single':
      return { ...base, spec: { kind: 'single', options, correct: correct[0] ?? -1 } };
    case 'multiple':
      return { ...base, spec: { kind: 'multiple', options, correct } };
    case 'ordering':
      return { ...base, spec: { kind: 'ordering', items: (v.items ?? []).map(text) } };
    case 'matching':
      return { ...base, spec: { kind: 'matching', pairs: (v.pairs ?? []).map((p) => ({ left: text(p.left), right: text(p.right) })) } };
    case 'short_answer': {
      const keyElements = (v.keyElements ?? '').split('\n').map((line) => line.split(/[/／|]/).map((w) => w.trim()).filter(Boolean)).filter((alternatives) => alternatives.length > 0);
      return { ...base, spec: { kind: 'short_answer', keyElements, sample: text(v.sample ?? blank()) } };
    }
  }
}
