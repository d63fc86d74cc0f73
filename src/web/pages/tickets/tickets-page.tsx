import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCurrentUser } from '../../hooks/use-me.ts';
import type { TicketViewFilters } from '../../hooks/use-ticket-files.ts';
import { useTicketList } from '../../hooks/use-tickets.ts';
import { canWorkTickets } from '../../lib/access.ts';
import { filtersFromParams, withFilters } from './list-filters.ts';
import { MoreTicketFilters } from './more-filters.tsx';
import { TicketFilterBar } from './ticket-filter-bar.tsx';
import { TicketTable } from './ticket-table.tsx';
import { ViewPicker } from './view-picker.tsx';

/** Every ticket the user may read, narrowed by any filter; filters live in the URL and can be saved as views. */
export function TicketsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const activeView = Number(params.get('view')) || null;
  const list = useTicketList({ ...filters, queue: 'all' });
  const apply = (next: TicketViewFilters, viewId: number | null = activeView) => {
    const updated = withFilters(params, next);
    if (viewId) updated.set('view', String(viewId));
    else updated.delete('view');
    setParams(updated, { replace: true });
  };
  const hasFilters = Object.keys(filters).length > 0;
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
        <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 8 }}>
          <ViewPicker filters={filters} activeId={activeView} onApply={(view) => apply(view ? view.filters : {}, view?.id ?? null)} />
          {hasFilters && (
            <Button size="small" type="link" onClick={() => apply({}, null)}>
              {t('work.filters.clear')}
            </Button>
          )}
        </Flex>
        <Flex wrap gap={8} style={{ marginBottom: 10 }}>
          <MoreTicketFilters filters={filters} onChange={(next) => apply(next)} />
          <TicketFilterBar filters={filters} onChange={(key, value) => apply({ ...filters, [key]: value })} />
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
