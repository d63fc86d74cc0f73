import { Badge, Card, Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeskCounts } from '../../hooks/use-tickets.ts';

/** A queue of the desk rail. */
export type DeskQueue = 'mine' | 'team' | 'due_soon' | 'breached' | 'escalated' | 'department';

const countKeys: Record<DeskQueue, keyof DeskCounts> = {
  mine: 'mine',
  team: 'team',
  due_soon: 'dueSoon',
  breached: 'breached',
  escalated: 'escalated',
  department: 'department',
};
const badgeColors: Partial<Record<DeskQueue, string>> = { due_soon: '#fa8c16', breached: '#f5222d', escalated: '#c41d7f' };

const itemStyle = (active: boolean): CSSProperties => ({
  padding: '6px 10px',
  borderRadius: 6,
  cursor: 'pointer',
  background: active ? '#e6f0ff' : undefined,
  color: active ? '#1f6feb' : undefined,
  fontWeight: active ? 500 : undefined,
  border: 'none',
  width: '100%',
  textAlign: 'start',
  font: 'inherit',
});

/** The desk's queue rail with live counts; follow-ups link to their own page. */
export function QueueRail({
  queues,
  active,
  counts,
  live,
  showFollowUps,
  onSelect,
}: {
  queues: DeskQueue[];
  active: DeskQueue;
  counts: DeskCounts | undefined;
  live: boolean;
  showFollowUps: boolean;
  onSelect: (queue: DeskQueue) => void;
}) {
  const { t } = useTranslation();
  const count = (n: number | undefined, color?: string) =>
    n === undefined ? null : <Badge count={n} showZero overflowCount={999} color={n === 0 ? '#d9d9d9' : (color ?? '#1f6feb')} />;
  return (
    <Card size="small" title={t('work.desk.queues')} styles={{ body: { padding: 8 } }}>
      <nav aria-label={t('work.desk.queues')}>
        <Flex vertical gap={2}>
          {queues.map((queue) => (
            <button
              key={queue}
              type="button"
              style={itemStyle(queue === active)}
              onClick={() => onSelect(queue)}
              aria-current={queue === active ? 'true' : undefined}
              data-testid={`queue-${queue}`}
            >
              <Flex justify="space-between" align="center" gap={8}>
                <span>{t(`work.desk.queue.${queue}`)}</span>
                {count(counts?.[countKeys[queue]], badgeColors[queue])}
              </Flex>
            </button>
          ))}
          {showFollowUps && (
            <Link to="/follow-ups" style={{ ...itemStyle(false), display: 'block', color: 'inherit' }} data-testid="queue-follow-ups">
              <Flex justify="space-between" align="center" gap={8}>
                <span>{t('work.desk.queue.followUps')}</span>
                {count(counts?.followUps, '#13a8a8')}
              </Flex>
            </Link>
          )}
        </Flex>
      </nav>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 4px 0' }} data-testid="desk-live">
        <Badge status={live ? 'success' : 'default'} /> {t(live ? 'work.desk.liveOn' : 'work.desk.liveOff')}
      </Typography.Paragraph>
    </Card>
  );
}
