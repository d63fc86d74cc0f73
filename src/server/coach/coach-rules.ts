// Company rules as stored and as the coach runs them (pure conversions, no database).
import type { Selectable } from 'kysely';
import type { CoachRuleBody, CoachRuleView } from '../../shared/schemas/coach.ts';
import type { CoachRulesTable } from '../db/tables.ts';

/** A stored rule row. */
export type CoachRuleRow = Selectable<CoachRulesTable>;

function stringArray(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}

/** The API view of a stored row. */
export function ruleView(row: CoachRuleRow): CoachRuleView {
  return {
    id: row.id,
    kind: row.kind,
    phrase: row.phrase,
    category: row.category as CoachRuleView['category'],
    severity: row.severity,
    messageZh: row.message_zh,
    messageEn: row.message_en,
    suggestionZh: row.suggestion_zh,
    suggestionEn: row.suggestion_en,
    positiveExamples: stringArray(row.positive_examples),
    negativeExamples: stringArray(row.negative_examples),
    active: row.active === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns of a rule body, for insert and update. */
export function ruleColumns(body: CoachRuleBody) {
  return {
    kind: body.kind,
    phrase: body.phrase,
    category: body.category,
    severity: body.severity,
    message_zh: body.messageZh,
    message_en: body.messageEn,
    suggestion_zh: body.suggestionZh,
    suggestion_en: body.suggestionEn,
    positive_examples: JSON.stringify(body.positiveExamples),
    negative_examples: JSON.stringify(body.negativeExamples),
    active: body.active ? 1 : 0,
  };
}
