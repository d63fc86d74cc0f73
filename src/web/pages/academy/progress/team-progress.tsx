import { Button, Card, Empty, Flex, Popconfirm, Progress as Bar, Segmented, Select, Table, Tag, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentSummary, Progress } from '../../../../shared/schemas/academy-progress.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useDepartments } from '../../../hooks/use-departments.ts';
import { useAssignments, useDeleteAssignment, useProgress } from '../../../hooks/use-progress.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { AssignModal } from './assign-modal.tsx';
import { PathMatrix } from './path-matrix.tsx';
import { kindColors } from './progress-text.ts';

type View = 'paths' | 'people' | 'teams';

/** Trainers' view of assignments: completion and scores per person and per team, and assigning work. */
export function TeamProgress() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [department, setDepartment] = useState<number | null>(null);
  const [view, setView] = useState<View>('paths');
  const [assigning, setAssigning] = useState(false);
  return (
    <Card
      title={t('academyProgress.team.title')}
      data-testid="team-progress"
      extra={
        <Button type="primary" onClick={() => setAssigning(true)}>
          {t('academyProgress.team.assign')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('academyProgress.team.description')}</Typography.Paragraph>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'paths', label: t('academyProgress.team.paths') },
            { value: 'people', label: t('academyProgress.team.byPerson') },
            { value: 'teams', label: t('academyProgress.team.byTeam') },
          ]}
        />
        <Select
          style={{ width: 200 }}
          aria-label={t('academyProgress.team.department')}
          value={department ?? 0}
          onChange={(v) => setDepartment(v || null)}
          options={[{ value: 0, label: t('academyProgress.team.allDepartments') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
        />
      </Flex>
      {view === 'paths' ? <Paths department={department} /> : <Totals department={department} view={view} />}
      {assigning && <AssignModal onClose={() => setAssigning(false)} />}
    </Card>
  );
}

function Paths({ department }: { department: number | null }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const paths = useAssignments(department);
  const remove = useDeleteAssignment();
  const [open, setOpen] = useState<number | null>(null);
  const rows = paths.data?.pages.flatMap((p) => p.items) ?? [];
  if (paths.error) return <QueryError error={paths.error} onRetry={() => void paths.refetch()} />;
  if (!paths.isPending && rows.length === 0) return <Empty description={t('academyProgress.team.emptyPaths')} />;
  const onDelete = (id: number) => remove.mutateAsync(id).then(() => void message.success(t('academyProgress.team.deleted')), (e: Error) => void message.error(e.message));
  return (
    <>
      <Table<AssignmentSummary>
        rowKey="id"
        size="small"
        loading={paths.isPending}
        pagination={false}
        dataSource={rows}
        data-testid="paths-table"
        columns={[
          { key: 'title', title: t('academyProgress.team.pathTitle'), render: (_, p) => <Typography.Link onClick={() => setOpen(p.id)}>{p.title}</Typography.Link> },
          {
            key: 'items',
            title: t('academyProgress.team.items'),
            render: (_, p) => (
              <Flex gap={4} wrap>
                {p.items.map((i) => (
                  <Tag key={`${i.kind}:${i.ref}`} color={kindColors[i.kind]}>
                    {pick(i.title, locale)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          { key: 'department', title: t('academyProgress.team.assignees'), render: (_, p) => [p.department, t('academyProgress.team.peopleCount', { count: p.assigned })].filter(Boolean).join(' · ') },
          { key: 'dueOn', title: t('academyProgress.team.dueOn'), dataIndex: 'dueOn' },
          { key: 'completed', title: t('academyProgress.team.completed'), render: (_, p) => <Bar percent={p.assigned ? Math.round((p.completed / p.assigned) * 100) : 0} size="small" format={() => `${p.completed} / ${p.assigned}`} style={{ minWidth: 140, margin: 0 }} /> },
          { key: 'createdBy', title: t('academyProgress.team.createdBy'), render: (_, p) => p.createdBy ?? '—' },
          {
            key: 'actions',
            title: t('academyProgress.team.actions'),
            render: (_, p) => (
              <Flex gap={8}>
                <Typography.Link onClick={() => setOpen(p.id)}>{t('academyProgress.team.details')}</Typography.Link>
                <Popconfirm title={t('academyProgress.team.deleteConfirm')} onConfirm={() => onDelete(p.id)}>
                  <Typography.Link type="danger">{t('academyProgress.team.delete')}</Typography.Link>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      {paths.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button loading={paths.isFetchingNextPage} onClick={() => void paths.fetchNextPage()}>
            {t('academyProgress.team.loadMore')}
          </Button>
        </Flex>
      )}
      {open !== null && <PathMatrix id={open} onClose={() => setOpen(null)} />}
    </>
  );
}

type Row = Progress['people'][number] | Progress['teams'][number];

function Totals({ department, view }: { department: number | null; view: 'people' | 'teams' }) {
  const { t } = useTranslation();
  const progress = useProgress(department);
  if (progress.error) return <QueryError error={progress.error} onRetry={() => void progress.refetch()} />;
  const rows: Row[] = (view === 'people' ? progress.data?.people : progress.data?.teams) ?? [];
  if (!progress.isPending && rows.length === 0) return <Empty description={t('academyProgress.team.emptyProgress')} />;
  const nameColumns =
    view === 'people'
      ? [
          { key: 'name', title: t('academyProgress.team.person'), render: (_: unknown, r: Row) => ('userId' in r ? r.name : '') },
          { key: 'department', title: t('academyProgress.team.department'), render: (_: unknown, r: Row) => ('userId' in r ? (r.department ?? t('academyProgress.team.noDepartment')) : '') },
        ]
      : [
          { key: 'name', title: t('academyProgress.team.department'), render: (_: unknown, r: Row) => r.name ?? t('academyProgress.team.noDepartment') },
          { key: 'people', title: t('academyProgress.team.people'), render: (_: unknown, r: Row) => ('people' in r ? r.people : '') },
        ];
  return (
    <Table<Row>
      rowKey={(r) => ('userId' in r ? `u${r.userId}` : `d${r.departmentId ?? 0}`)}
      size="small"
      loading={progress.isPending}
      pagination={false}
      dataSource={rows}
      data-testid={`progress-${view}`}
      columns={[
        ...nameColumns,
        { key: 'done', title: t('academyProgress.team.done'), render: (_, r) => `${r.done} / ${r.assigned}` },
        { key: 'percent', title: t('academyProgress.team.percent'), render: (_, r) => <Bar percent={r.percent} size="small" style={{ minWidth: 120, margin: 0 }} /> },
        { key: 'overdue', title: t('academyProgress.team.overdueItems'), render: (_, r) => (r.overdue ? <Tag color="error">{r.overdue}</Tag> : 0) },
        { key: 'score', title: t('academyProgress.team.averageScore'), render: (_, r) => r.averageScore ?? '—' },
        ...(view === 'people' ? [{ key: 'certificates', title: t('academyProgress.team.certificates'), render: (_: unknown, r: Row) => ('certificates' in r ? r.certificates : '') }] : []),
      ]}
    />
  );
}
