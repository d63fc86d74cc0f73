import { Card, Flex, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/query-error.tsx';
import { usePolicyFlags, type PolicyFlag } from '../../hooks/use-supervision.ts';

/** 政策待复核: policies that customers' "unreasonable" requests keep running into; past the threshold they are flagged. */
export function PolicyFlagsCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const flags = usePolicyFlags();
  const flagged = flags.data?.filter((f) => f.flagged).length ?? 0;
  const columns: TableColumnsType<PolicyFlag> = [
    {
      title: t('service.board.policies.policy'),
      dataIndex: 'policy',
      key: 'policy',
      render: (policy: string, row) => (
        <Flex gap={6} align="center">
          {row.flagged && <Tag color="red">{t('service.board.policies.flagged')}</Tag>}
          <Typography.Text strong={row.flagged} ellipsis={{ tooltip: policy }}>
            {policy}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('service.board.policies.count'),
      key: 'count',
      width: 170,
      render: (_, row) => (
        <Flex gap={8} align="center" style={{ whiteSpace: 'nowrap' }}>
          <Progress
            percent={Math.min(100, (row.count / Math.max(row.threshold, 1)) * 100)}
            showInfo={false}
            size="small"
            strokeColor={row.flagged ? '#cf1322' : '#1f6feb'}
            style={{ width: 70, margin: 0 }}
          />
          <span>{t('service.board.policies.countOf', { count: row.count, threshold: row.threshold })}</span>
        </Flex>
      ),
    },
  ];
  return (
    <Card
      id={id}
      size="small"
      title={t('service.board.policies.title')}
      extra={flags.data ? <Tag color={flagged > 0 ? 'red' : 'default'}>{t('service.board.policies.flaggedCount', { count: flagged })}</Tag> : null}
      data-testid="board-policy-flags"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('service.board.policies.hint')}
      </Typography.Paragraph>
      {flags.error && <QueryError error={flags.error} onRetry={() => void flags.refetch()} />}
      <Table<PolicyFlag>
        size="small"
        rowKey="policy"
        columns={columns}
        dataSource={flags.data ?? []}
        loading={flags.isPending}
        pagination={false}
        onRow={(row) => ({ style: row.flagged ? { background: '#fff1f0' } : undefined })}
        tableLayout="fixed"
        locale={{ emptyText: t('service.board.empty.policies') }}
      />
    </Card>
  );
}
