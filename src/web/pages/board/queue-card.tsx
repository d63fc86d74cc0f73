import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketListItem } from '../../../shared/schemas/tickets.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useQueue, type BoardQueue } from '../../hooks/use-board.ts';
import { KindTag } from '../search/ticket-tags.tsx';

const stateColors: Record<TicketListItem['slaState'], string> = { ok: 'green', warning: 'orange', breached: 'red', met: 'default', none: 'default' };

/** One supervisor queue (escalated, breached, due soon) as a compact table linking to the tickets. */
export function QueueCard({ queue, id }: { queue: BoardQueue; id: string }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const tickets = useQueue(queue);
  const columns: TableColumnsType<TicketListItem> = [
    { title: t('service.board.columns.number'), dataIndex: 'number', key: 'number', width: 150, render: (number: string, row) => <Link to={`/tickets/${row.id}`}>{number}</Link> },
    {
      title: t('service.board.columns.subject'),
      dataIndex: 'subject',
      key: 'subject',
      ellipsis: true,
      render: (subject: string, row) => (
        <>
          <KindTag kind={row.kind} />
          {subject}
        </>
      ),
    },
    { title: t('service.board.columns.customer'), dataIndex: 'customerName', key: 'customer', width: 110, ellipsis: true },
    { title: t('service.board.columns.owner'), dataIndex: 'ownerName', key: 'owner', width: 100, render: (owner: string | null) => owner ?? <Typography.Text type="secondary">{t('service.board.unassigned')}</Typography.Text> },
    {
      title: t('service.board.columns.due'),
      dataIndex: 'resolutionDueAt',
      key: 'due',
      width: 190,
      render: (due: string | null, row) =>
        due ? (
          <>
            <Tag color={stateColors[row.slaState]}>{t(`service.board.sla.${row.slaState}`)}</Tag>
            <span style={{ whiteSpace: 'nowrap' }}>{format(due)}</span>
          </>
        ) : (
          t('common.none')
        ),
    },
  ];
  return (
    <Card id={id} size="small" title={t(`service.board.queues.${queue}`)} extra={tickets.data ? <Tag>{tickets.data.items.length}{tickets.data.nextCursor ? '+' : ''}</Tag> : null}>
      {tickets.error && <QueryError error={tickets.error} onRetry={() => void tickets.refetch()} />}
      <Table<TicketListItem>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={tickets.data?.items ?? []}
        loading={tickets.isPending}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t(`service.board.empty.${queue}`) }}
      />
    </Card>
  );
}
