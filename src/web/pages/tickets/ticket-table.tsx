import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import type { TicketListItem } from '../../hooks/use-tickets.ts';
import { DifficultTag, EmotionTag, KindTag, SlaCountdown, StatusTag, StepTag } from './ticket-tags.tsx';

function useTicketColumns(): TableColumnsType<TicketListItem> {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return [
    {
      key: 'number',
      title: t('work.list.number'),
      fixed: 'left',
      render: (_, r) => (
        <Link to={`/tickets/${r.id}`} style={{ whiteSpace: 'nowrap', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 }}>
          {r.number}
        </Link>
      ),
    },
    { key: 'customer', title: t('work.list.customer'), render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.customerName}</span> },
    {
      key: 'subject',
      title: t('work.list.subject'),
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.subject }} style={{ maxWidth: 280 }}>
          {r.subject}
        </Typography.Text>
      ),
    },
    { key: 'kind', title: t('work.list.kind'), render: (_, r) => <KindTag kind={r.kind} /> },
    { key: 'status', title: t('work.list.status'), render: (_, r) => <StatusTag status={r.status} /> },
    { key: 'step', title: t('work.list.step'), render: (_, r) => <StepTag step={r.currentStep} /> },
    { key: 'sla', title: t('work.list.sla'), render: (_, r) => <SlaCountdown dueAt={r.resolutionDueAt} state={r.slaState} /> },
    {
      key: 'difficult',
      title: t('work.list.emotion'),
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {r.customerEmotion && <EmotionTag emotion={r.customerEmotion} cue={r.customerEmotionCue} />}
          {r.difficultType && <DifficultTag type={r.difficultType} />}
        </span>
      ),
    },
    { key: 'owner', title: t('work.list.owner'), render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{r.ownerName ?? t('work.list.unassigned')}</span> },
    { key: 'updated', title: t('work.list.updated'), render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{format(r.updatedAt)}</span> },
  ];
}

/** Row selection of a ticket table (checkboxes; closed tickets cannot be picked for bulk changes). */
export type TicketSelection = { selected: number[]; onChange: (ids: number[]) => void };

/** A dense ticket table with keyset "load more", and row checkboxes when `selection` is given. */
export function TicketTable({
  rows,
  loading,
  hasMore,
  loadingMore,
  onLoadMore,
  emptyText,
  selection,
}: {
  rows: TicketListItem[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyText: string;
  selection?: TicketSelection;
}) {
  const { t } = useTranslation();
  const columns = useTicketColumns();
  return (
    <>
      <Table<TicketListItem>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        rowSelection={
          selection && {
            selectedRowKeys: selection.selected,
            onChange: (keys) => selection.onChange(keys.map(Number)),
            getCheckboxProps: (r) => ({ disabled: r.status === 'closed', 'aria-label': r.number }),
            fixed: 'left',
            columnWidth: 36,
          }
        }
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        data-testid="ticket-table"
      />
      {hasMore && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={onLoadMore} loading={loadingMore}>
            {t('common.loadMore')}
          </Button>
        </Flex>
      )}
    </>
  );
}
