import { CheckCircleFilled, MinusOutlined } from '@ant-design/icons';
import { Drawer, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentDetail } from '../../../../shared/schemas/academy-progress.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useFormatDateTime } from '../../../hooks/use-format.ts';
import { useAssignment } from '../../../hooks/use-progress.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { kindColors } from './progress-text.ts';

type Person = AssignmentDetail['people'][number];

/** One learning path's matrix: a row per person, a column per item, with done marks and scores. */
export function PathMatrix({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const formatDateTime = useFormatDateTime();
  const path = useAssignment(id);
  const d = path.data;
  const columns = [
    { key: 'name', title: t('academyProgress.team.person'), fixed: 'left' as const, render: (_: unknown, p: Person) => <Typography.Text strong>{p.name}</Typography.Text> },
    { key: 'department', title: t('academyProgress.team.department'), render: (_: unknown, p: Person) => p.department ?? t('academyProgress.team.noDepartment') },
    ...(d?.items ?? []).map((item, index) => ({
      key: `item-${index}`,
      title: (
        <Tooltip title={t(`academyProgress.kinds.${item.kind}`)}>
          <Tag color={kindColors[item.kind]} style={{ marginInlineEnd: 0 }}>
            {pick(item.title, locale)}
          </Tag>
        </Tooltip>
      ),
      align: 'center' as const,
      render: (_: unknown, p: Person) => {
        const status = p.items[index];
        if (!status?.done) return status?.score != null ? <Typography.Text type="secondary">{status.score}</Typography.Text> : <MinusOutlined style={{ color: '#bfbfbf' }} />;
        return (
          <Tooltip title={formatDateTime(status.completedAt)}>
            <CheckCircleFilled style={{ color: '#52c41a' }} /> {status.score ?? ''}
          </Tooltip>
        );
      },
    })),
    {
      key: 'status',
      title: t('academyProgress.team.pathStatus'),
      render: (_: unknown, p: Person) =>
        p.complete ? (
          <Tag color="success">{t('academyProgress.team.statusComplete')}</Tag>
        ) : p.overdue ? (
          <Tag color="error">{t('academyProgress.team.statusOverdue')}</Tag>
        ) : (
          <Tag>{t('academyProgress.team.statusOpen')}</Tag>
        ),
    },
  ];
  return (
    <Drawer open width={900} onClose={onClose} title={d ? t('academyProgress.team.matrixTitle', { title: d.title }) : ' '}>
      {path.isPending && <Skeleton active />}
      {path.error && <QueryError error={path.error} onRetry={() => void path.refetch()} />}
      {d && (
        <>
          {d.note && <Typography.Paragraph type="secondary">{d.note}</Typography.Paragraph>}
          <Table<Person> rowKey="userId" size="small" pagination={false} scroll={{ x: 'max-content' }} dataSource={d.people} columns={columns} data-testid="path-matrix" />
        </>
      )}
    </Drawer>
  );
}
