import { Button, Card, Empty, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonaView, SimulationSummary } from '../../../../shared/schemas/academy-simulator.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormatDateTime } from '../../../hooks/use-format.ts';
import { useSimulationList } from '../../../hooks/use-simulator.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';

const outcomeColors = { accepted: 'green', walked_away: 'red', turn_limit: 'orange', ended: 'default' } as const;

/** Past simulations, newest first: one's own, or the team's for trainers, supervisors and admins. */
export function SimulationList({ scope, personas, onOpen }: { scope: 'mine' | 'team'; personas: PersonaView[]; onOpen: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const format = useFormatDateTime();
  const list = useSimulationList(scope);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const persona = (key: string) => personas.find((p) => p.key === key);

  const columns = [
    { key: 'createdAt', title: '', render: (s: SimulationSummary) => format(s.createdAt), width: 170 },
    ...(scope === 'team' ? [{ key: 'user', title: '', render: (s: SimulationSummary) => s.userName }] : []),
    { key: 'persona', title: '', render: (s: SimulationSummary) => pick(persona(s.persona)?.name, locale) },
    { key: 'scenario', title: '', render: (s: SimulationSummary) => pick(persona(s.persona)?.scenarios.find((c) => c.key === s.scenario)?.title, locale) },
    {
      key: 'result',
      title: '',
      render: (s: SimulationSummary) =>
        s.outcome ? (
          <Flex gap={4} wrap>
            <Tag color={outcomeColors[s.outcome]}>{t(`simulator.outcome.${s.outcome}`)}</Tag>
            <Tag color={(s.score ?? 0) >= 60 ? 'green' : 'orange'}>{t('simulator.list.score', { score: s.score })}</Tag>
          </Flex>
        ) : (
          <Tag color="processing">{t('simulator.list.inProgress')}</Tag>
        ),
    },
    { key: 'turns', title: '', render: (s: SimulationSummary) => t('simulator.list.turns', { count: s.turnCount }) },
    {
      key: 'open',
      title: '',
      align: 'right' as const,
      render: (s: SimulationSummary) => (
        <Button size="small" onClick={() => onOpen(s.id)}>
          {s.status === 'active' && scope === 'mine' ? t('simulator.list.continue') : t('simulator.list.open')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t(scope === 'mine' ? 'simulator.mine.title' : 'simulator.team.title')} data-testid={`simulations-${scope}`}>
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {!list.isPending && rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(scope === 'mine' ? 'simulator.mine.empty' : 'simulator.team.empty')} />
      ) : (
        <Flex vertical gap={12}>
          <Table rowKey="id" size="small" showHeader={false} loading={list.isPending} dataSource={rows} columns={columns} pagination={false} scroll={{ x: 'max-content' }} />
          {list.hasNextPage && (
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} style={{ alignSelf: 'center' }}>
              {t('simulator.list.loadMore')}
            </Button>
          )}
        </Flex>
      )}
    </Card>
  );
}
