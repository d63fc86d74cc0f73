import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ticketStatuses } from '../../../shared/tickets/model.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useTicketList, type TicketFilters } from '../../hooks/use-tickets.ts';
import { canWorkTickets } from '../../lib/access.ts';
import { filtersFromParams, TicketFilterBar } from './ticket-filter-bar.tsx';
import { TicketTable } from './ticket-table.tsx';

const statusOptions = ['active', ...ticketStatuses] as const;

/** Every ticket the user may read, filtered by status and the desk's filters. */
export function TicketsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (statusOptions as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as TicketFilters['status']) : undefined;
  const list = useTicketList({ ...filtersFromParams(params), queue: 'all', status });
  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title={t('work.tickets.title')}
        extra={
          canWorkTickets(me.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/tickets/new')}>
              {t('work.tickets.create')}
            </Button>
          )
        }
      />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex wrap gap={8} style={{ marginBottom: 10 }}>
          <Select<string>
            size="small"
            allowClear
            placeholder={t('work.filters.status')}
            aria-label={t('work.filters.status')}
            value={status}
            onChange={(v) => update('status', v ?? undefined)}
            options={statusOptions.map((s) => ({ value: s, label: s === 'active' ? t('work.tickets.active') : t(`work.statuses.${s}`) }))}
            style={{ minWidth: 116 }}
            popupMatchSelectWidth={false}
          />
          <TicketFilterBar filters={filtersFromParams(params)} onChange={update} />
        </Flex>
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <TicketTable
          rows={list.data?.pages.flatMap((p) => p.items) ?? []}
          loading={list.isPending}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          emptyText={t('work.tickets.empty')}
        />
      </Card>
    </>
  );
}
