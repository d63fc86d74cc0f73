import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimulationTurn } from '../../../../shared/schemas/academy-simulator.ts';
import { UnderlinedText } from '../../../components/coach/underlined-text.tsx';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { moodColor } from './simulator-text.ts';

const severityColors = { error: 'red', warning: 'orange', hint: 'blue' } as const;

/** One speech bubble: the customer on the left, the trainee on the right. */
export function Bubble({ side, who, children, extra }: { side: 'customer' | 'trainee'; who: string; children: ReactNode; extra?: ReactNode }) {
  const mine = side === 'trainee';
  return (
    <Flex vertical align={mine ? 'flex-end' : 'flex-start'} gap={4} data-testid={`bubble-${side}`}>
      <Flex gap={8} align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {who}
        </Typography.Text>
        {extra}
      </Flex>
      <div style={{ maxWidth: '80%', padding: '8px 12px', borderRadius: 10, background: mine ? '#e6f4ff' : '#f5f5f5', border: `1px solid ${mine ? '#91caff' : '#f0f0f0'}` }}>
        {children}
      </div>
    </Flex>
  );
}

/** The coach's findings on one message, each with its better wording. */
export function TurnFindings({ turn }: { turn: SimulationTurn }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  if (turn.findings.length === 0) {
    return (
      <Typography.Text type="success" style={{ fontSize: 12 }}>
        {t('simulator.chat.noFindings')}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={4} style={{ maxWidth: '80%' }} data-testid="turn-findings">
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        {t('simulator.chat.findingsCount', { count: turn.findings.length })}
      </Typography.Text>
      {turn.findings.map((f, i) => (
        <Typography.Text key={`${f.ruleId}-${i}`} style={{ fontSize: 12 }}>
          <Tag color={severityColors[f.severity]}>{turn.text.slice(f.start, f.end) || '—'}</Tag>
          {pick(f.message, locale)} <Typography.Text type="success" style={{ fontSize: 12 }}>{`${t('simulator.chat.better')}${pick(f.suggestion, locale)}`}</Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** One exchange: the trainee's message (coach underlines and findings), then the customer's reply and mood. */
export function ChatTurn({ turn, trainee }: { turn: SimulationTurn; trainee?: string }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const marks = turn.findings.map((f) => ({ start: f.start, end: f.end, tone: f.severity, title: pick(f.suggestion, locale) }));
  return (
    <>
      <Bubble side="trainee" who={trainee ?? t('simulator.chat.you')}>
        <UnderlinedText text={turn.text} marks={marks} />
      </Bubble>
      <Flex justify="flex-end">
        <TurnFindings turn={turn} />
      </Flex>
      <Bubble side="customer" who={t('simulator.chat.customer')} extra={<Tag color={moodColor(turn.mood)}>{`${t('simulator.mood.label')} ${turn.mood}`}</Tag>}>
        <Typography.Text>{pick(turn.reply, locale)}</Typography.Text>
      </Bubble>
    </>
  );
}
