import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useAllFollowUps, type FollowUpItem } from '../../hooks/use-board.ts';

/** Everyone's pending follow-up visits 回访, soonest first, overdue ones marked. */
export function FollowUpsCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const followUps = useAllFollowUps();
  const now = Date.now();
  const columns: TableColumnsType<FollowUpItem> = [
    {
      title: t('service.board.followUps.due'),
      dataIndex: 'dueAt',
      key: 'due',
      width: 190,
      render: (due: string) => (
        <>
          {new Date(due).getTime() < now && <Tag color="red">{t('service.board.followUps.overdue')}</Tag>}
          <span style={{ whiteSpace: 'nowrap' }}>{format(due)}</span>
        </>
      ),
    },
    { title: t('service.board.columns.number'), dataIndex: 'number', key: 'number', width: 150, render: (number: string, row) => <Link to={`/tickets/${row.ticketId}`}>{number}</Link> },
    { title: t('service.board.columns.subject'), dataIndex: 'subject', key: 'subject', ellipsis: true },
    { title: t('service.board.columns.customer'), dataIndex: 'customerName', key: 'customer', width: 110, ellipsis: true },
    { title: t('service.board.followUps.assignee'), dataIndex: 'assigneeName', key: 'assignee', width: 100, render: (name: string | null) => name ?? t('service.board.unassigned') },
  ];
  return (
    <Card id={id} size="small" title={t('service.board.followUps.title')}>
      {followUps.error && <QueryError error={followUps.error} onRetry={() => void followUps.refetch()} />}
      <Table<FollowUpItem>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={followUps.data ?? []}
        loading={followUps.isPending}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('service.board.empty.followUps') }}
      />
    </Card>
  );
}
