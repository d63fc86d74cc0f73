// Small badges of a ticket: kind, status, step, severity, difficult type, emotion and the SLA countdown.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { slaStateSchema } from '../../../shared/schemas/tickets.ts';
import type { CustomerEmotion } from '../../../shared/coach/types.ts';
import type { DifficultType, Severity, Step, TicketKind, TicketStatus } from '../../../shared/tickets/model.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useNow } from '../../hooks/use-ticket-clock.ts';
import { durationKey } from './duration.ts';

/** The state of an SLA target. */
export type SlaState = z.output<typeof slaStateSchema>;

const kindColors: Record<TicketKind, string> = { complaint: 'red', grievance: 'volcano', inquiry: 'blue', request: 'cyan', suggestion: 'green' };
const statusColors: Record<TicketStatus, string> = {
  open: 'processing',
  pending_customer: 'default',
  pending_department: 'purple',
  escalated: 'magenta',
  resolved: 'success',
  closed: 'default',
};
const severityColors: Record<Severity, string> = { low: 'default', medium: 'blue', high: 'orange', critical: 'red' };
/** Tag colour of each SLA state. */
export const slaColors: Record<SlaState, string> = { ok: 'green', warning: 'orange', breached: 'red', met: 'default', none: 'default' };

/** The ticket kind as a coloured tag. */
export function KindTag({ kind }: { kind: TicketKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[kind]}>{t(`work.kinds.${kind}`)}</Tag>;
}

/** The ticket status as a tag. */
export function StatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`work.statuses.${status}`)}</Tag>;
}

/** The current step of the six (or a dash for kinds outside the flow). */
export function StepTag({ step }: { step: Step | null }) {
  const { t } = useTranslation();
  if (!step) return <span>{t('common.none')}</span>;
  return <Tag variant="outlined">{t(`work.steps.${step}`)}</Tag>;
}

/** Severity as a tag. */
export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <Tag color={severityColors[severity]}>{t(`work.severities.${severity}`)}</Tag>;
}

/** The difficult-customer type as a badge. */
export function DifficultTag({ type, onClick }: { type: DifficultType; onClick?: () => void }) {
  const { t } = useTranslation();
  return (
    <Tag color="gold" onClick={onClick} style={onClick ? { cursor: 'pointer' } : undefined} data-testid="difficult-tag">
      {t(`work.difficult.${type}`)}
    </Tag>
  );
}

/** Time left (or overdue) until an SLA due time, coloured by its state; the exact time in a tooltip. */
export function SlaCountdown({ dueAt, state, label }: { dueAt: string | null; state: SlaState; label?: string }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const now = useNow();
  if (!dueAt || state === 'none') return <Tag>{label ? `${label} · ` : ''}{t('work.sla.none')}</Tag>;
  const left = Date.parse(dueAt) - now;
  const { key, values } = durationKey(left);
  const text = state === 'met' ? t('work.sla.met') : t(left < 0 ? 'work.sla.over' : 'work.sla.left', { time: t(key, values) });
  const colour = state === 'met' ? slaColors.met : left < 0 ? slaColors.breached : slaColors[state];
  return (
    <Tooltip title={t('work.sla.dueAt', { time: format(dueAt) })}>
      <Tag color={colour} style={{ whiteSpace: 'nowrap' }} data-testid="sla-countdown">
        {label ? `${label} · ` : ''}
        {text}
      </Tag>
    </Tooltip>
  );
}

const emotionColors: Record<CustomerEmotion, string> = { calm: 'green', anxious: 'orange', angry: 'red' };

/** The customer's emotion in their latest message, with the words that showed it in a tooltip. */
export function EmotionTag({ emotion, cue }: { emotion: CustomerEmotion; cue: string | null }) {
  const { t } = useTranslation();
  const name = t(`work.emotions.${emotion}`);
  const tip = (
    <>
      <div>{t('work.emotionBadge.tooltip', { emotion: name })}</div>
      <div>{cue ? t('work.emotionBadge.cue', { cue }) : t('work.emotionBadge.noCue')}</div>
    </>
  );
  return (
    <Tooltip title={tip}>
      <Tag color={emotionColors[emotion]} variant="outlined" data-testid={`emotion-${emotion}`}>
        {name}
      </Tag>
    </Tooltip>
  );
}
