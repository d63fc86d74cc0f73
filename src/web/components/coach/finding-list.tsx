import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/coach/types.ts';
import { canApply } from './apply-suggestion.ts';
import { markColors } from './underlined-text.tsx';

const severityColors = { error: 'red', warning: 'orange', hint: 'blue' } as const;

/** The coach's findings on a reply: severity, the words concerned, why, the suggested wording and a one-click apply. */
export function FindingList({
  text,
  findings,
  active,
  onHover,
  onApply,
}: {
  text: string;
  findings: Finding[];
  active: number | null;
  onHover: (index: number | null) => void;
  onApply: (finding: Finding) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="coach-findings">
      {findings.map((f, i) => (
        <div
          key={`${f.ruleId}-${f.start}-${i}`}
          onMouseEnter={() => onHover(i)}
          onMouseLeave={() => onHover(null)}
          style={{ padding: '6px 8px', borderRadius: 6, borderInlineStart: `3px solid ${markColors[f.severity]}`, background: active === i ? '#fafafa' : '#fff' }}
          data-testid="coach-finding"
        >
          <Flex justify="space-between" align="flex-start" gap={8}>
            <div style={{ minWidth: 0 }}>
              <Tag color={severityColors[f.severity]}>{t(`work.coach.severity.${f.severity}`)}</Tag>
              <Typography.Text code>{text.slice(f.start, f.end)}</Typography.Text>{' '}
              <Typography.Text>{f.message}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.suggestion}
                </Typography.Text>
              </div>
            </div>
            {canApply(f) && (
              <Button size="small" onClick={() => onApply(f)} data-testid="apply-suggestion">
                {t('work.coach.apply')}
              </Button>
            )}
          </Flex>
        </div>
      ))}
    </Flex>
  );
}
