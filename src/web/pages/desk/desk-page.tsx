import { PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useKeyShortcut } from '../../hooks/use-ticket-shortcut.ts';
import { useTicketStream } from '../../hooks/use-ticket-stream.ts';
import { useDeskCounts, useTicketList, type TicketFilters } from '../../hooks/use-tickets.ts';
import { canWorkTickets, isSupervisorRole } from '../../lib/access.ts';
import { filtersFromParams } from '../tickets/list-filters.ts';
import { TicketFilterBar } from '../tickets/ticket-filter-bar.tsx';
import { TicketTable } from '../tickets/ticket-table.tsx';
import { BulkToolbar } from './bulk-toolbar.tsx';
import { QueueRail, type DeskQueue } from './queue-rail.tsx';

// "Waiting on a department" for a front-line agent means every ticket routed out and not yet answered (what the
// count counts); for a department member it is the queue of their own department.
function queueFilters(queue: DeskQueue, departmentMember: boolean): TicketFilters {
  if (queue === 'department' && !departmentMember) return { queue: 'all', status: 'pending_department' };
  return { queue };
}

/** The agent's desk: queue rail with live counts, a dense ticket table, and the new phone complaint one key away. */
export function DeskPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const worker = canWorkTickets(me.role);
  const departmentMember = me.role === 'department_member';
  const readsTickets = worker || departmentMember || me.role === 'inspector';

  const queues: DeskQueue[] = departmentMember
    ? ['department']
    : ['mine', 'team', 'due_soon', 'breached', ...(isSupervisorRole(me.role) ? (['escalated'] as const) : []), 'department'];
  const requested = params.get('queue') as DeskQueue | null;
  const queue: DeskQueue = requested && queues.includes(requested) ? requested : queues[0];
  const filters = filtersFromParams(params);
  const counts = useDeskCounts(readsTickets);
  const list = useTicketList({ ...filters, ...queueFilters(queue, departmentMember) }, readsTickets);
  const live = useTicketStream({ enabled: readsTickets });
  // The selection for bulk actions belongs to one queue and filter: it is dropped when they change.
  const [selection, setSelection] = useState<{ scope: string; ids: number[] }>({ scope: '', ids: [] });
  const scope = `${queue}?${params.toString()}`;

  const newComplaint = useCallback(() => void navigate('/tickets/new'), [navigate]);
  useKeyShortcut('n', newComplaint, worker);

  if (!readsTickets) return <Result status="info" title={t('work.desk.noQueueTitle')} subTitle={t('work.desk.noQueueBody')} />;

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  // Only tickets still shown (and still open) stay selected after a live refresh.
  const selected = selection.scope === scope ? selection.ids.filter((id) => rows.some((r) => r.id === id && r.status !== 'closed')) : [];
  const select = (ids: number[]) => setSelection({ scope, ids });

  return (
    <>
      <PageHeader
        title={t('work.desk.title')}
        extra={
          worker && (
            <Tooltip title={t('work.desk.shortcutHint')}>
              <Button type="primary" size="large" icon={<PhoneOutlined />} onClick={newComplaint} data-testid="new-phone-complaint">
                {t('work.desk.newPhoneComplaint')}
                <kbd style={{ marginInlineStart: 8, padding: '0 6px', border: '1px solid rgba(255,255,255,0.6)', borderRadius: 4, fontSize: 12 }}>N</kbd>
              </Button>
            </Tooltip>
          )
        }
      />
      <Row gutter={16} wrap={false} style={{ alignItems: 'flex-start' }}>
        <Col flex="200px">
          <QueueRail queues={queues} active={queue} counts={counts.data} live={live} showFollowUps={worker} onSelect={(q) => update('queue', q)} />
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card size="small" styles={{ body: { padding: 12 } }}>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 10 }}>
              <Typography.Text strong>{t(`work.desk.queue.${queue}`)}</Typography.Text>
              <TicketFilterBar filters={filters} onChange={update} />
            </Flex>
            {selected.length > 0 && <BulkToolbar selected={selected} onDone={() => select([])} onClear={() => select([])} />}
            {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
            <TicketTable
              rows={rows}
              loading={list.isPending}
              hasMore={list.hasNextPage}
              loadingMore={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
              emptyText={t('work.desk.empty')}
              selection={worker ? { selected, onChange: select } : undefined}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
