import { Button, Drawer, Flex, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeCustomer } from '../../../shared/coach/analyze-customer.ts';
import type { CustomerEmotion } from '../../../shared/coach/types.ts';
import { textFor } from '../../../shared/tickets/localized.ts';
import type { DifficultType } from '../../../shared/tickets/model.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { PlaybookView } from './playbook-view.tsx';
import { UnderlinedText } from './underlined-text.tsx';

const emotionColors: Record<CustomerEmotion, string> = { calm: 'green', anxious: 'orange', angry: 'red' };

/**
 * A customer message read by the coach: emotion and difficult-type badges, the cues highlighted in the text, the
 * tone hint; the badge opens the type's playbook. `history` holds the customer's earlier messages.
 */
export function CustomerReading({ text, history }: { text: string; history: string[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const reading = useMemo(() => {
    try {
      return analyzeCustomer(text, history, locale);
    } catch {
      return null;
    }
  }, [text, history, locale]);
  const [playbook, setPlaybook] = useState<DifficultType | null>(null);
  if (!reading) return <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Text>;
  const type = reading.customerType;
  return (
    <>
      <UnderlinedText text={text} marks={reading.cues.map((c) => ({ start: c.start, end: c.end, tone: 'cue' as const, title: c.reason }))} testId="customer-message-cues" />
      <Flex gap={6} wrap align="center" style={{ marginTop: 6 }}>
        <Tooltip title={textFor(reading.toneHint, locale)}>
          <Tag color={emotionColors[reading.emotion]} data-testid="emotion-badge">
            {t(`work.emotions.${reading.emotion}`)}
            {reading.emotion !== 'calm' && ` ${Math.round(reading.intensity * 100)}%`}
          </Tag>
        </Tooltip>
        {type && (
          <Button size="small" type="dashed" onClick={() => setPlaybook(type)} data-testid="customer-type-badge">
            {t('work.coach.typeBadge', { type: t(`work.difficult.${type}`) })}
          </Button>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {textFor(reading.toneHint, locale)}
        </Typography.Text>
      </Flex>
      <Drawer open={playbook !== null} onClose={() => setPlaybook(null)} title={playbook ? t('work.playbook.title', { type: t(`work.difficult.${playbook}`) }) : ''} size={420}>
        {playbook && <PlaybookView type={playbook} />}
      </Drawer>
    </>
  );
}
