import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../components/query-error.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { usePendingEvaluations, type PendingEvaluation } from '../../hooks/use-supervision.ts';

/** 待评价的疑难案例: closed difficult cases a supervisor has not evaluated yet, each linking to its ticket. */
export function PendingEvaluationsCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const pending = usePendingEvaluations();
  const columns: TableColumnsType<PendingEvaluation> = [
    { title: t('service.board.columns.number'), dataIndex: 'number', key: 'number', width: 160, render: (number: string, row) => <Link to={`/tickets/${row.id}`}>{number}</Link> },
    {
      title: t('service.board.columns.subject'),
      dataIndex: 'subject',
      key: 'subject',
      ellipsis: true,
      render: (subject: string, row) => (
        <>
          {row.difficultType && <Tag color="gold">{t(`work.difficult.${row.difficultType}`, { defaultValue: row.difficultType })}</Tag>}
          {subject}
        </>
      ),
    },
    {
      title: t('service.board.columns.owner'),
      dataIndex: 'ownerName',
      key: 'owner',
      width: 90,
      render: (owner: string | null) => owner ?? <Typography.Text type="secondary">{t('service.board.unassigned')}</Typography.Text>,
    },
    { title: t('service.board.evaluations.closedAt'), dataIndex: 'closedAt', key: 'closedAt', width: 150, render: (at: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{format(at)}</span> },
  ];
  return (
    <Card
      id={id}
      size="small"
      title={t('service.board.evaluations.title')}
      extra={pending.data ? <Tag>{pending.data.length}</Tag> : null}
      data-testid="board-pending-evaluations"
    >
      {pending.error && <QueryError error={pending.error} onRetry={() => void pending.refetch()} />}
      <Table<PendingEvaluation>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={pending.data ?? []}
        loading={pending.isPending}
        pagination={pending.data && pending.data.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('service.board.empty.evaluations') }}
      />
    </Card>
  );
}
