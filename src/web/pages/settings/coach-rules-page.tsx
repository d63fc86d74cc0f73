import { Button, Card, Popconfirm, Space, Table, Tag, Typography, message, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachRuleView } from '../../../shared/schemas/coach.ts';
import { ApiError } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCoachRules, useDeleteCoachRule } from '../../hooks/use-coach-rules.ts';
import { CoachRuleModal } from './coach-rule-modal.tsx';

const severityColors = { error: 'red', warning: 'orange', hint: 'blue' } as const;

/** Admin page of the company's own coach phrases: banned ones flagged when used, preferred ones when missing. */
export function CoachRulesPage() {
  const { t } = useTranslation();
  const rules = useCoachRules();
  const remove = useDeleteCoachRule();
  const [editing, setEditing] = useState<CoachRuleView | null>(null);
  const [open, setOpen] = useState(false);
  const s = (key: string) => t(`coachRules.${key}`);
  const edit = (rule: CoachRuleView | null) => {
    setEditing(rule);
    setOpen(true);
  };

  const columns: TableColumnsType<CoachRuleView> = [
    { title: s('phrase'), dataIndex: 'phrase', render: (phrase: string) => <Typography.Text strong>{phrase}</Typography.Text> },
    { title: s('kind'), dataIndex: 'kind', render: (kind: string) => <Tag color={kind === 'banned' ? 'red' : 'green'}>{t(`coachRules.kinds.${kind}`)}</Tag> },
    { title: s('category'), dataIndex: 'category', render: (c: string) => t(`coachRules.categories.${c}`) },
    { title: s('severity'), dataIndex: 'severity', render: (v: keyof typeof severityColors) => <Tag color={severityColors[v]}>{t(`coachRules.severities.${v}`)}</Tag> },
    { title: s('messageZh'), dataIndex: 'messageZh', ellipsis: true },
    { title: s('active'), dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="green">{s('on')}</Tag> : <Tag>{s('off')}</Tag>) },
    {
      title: s('actions'),
      key: 'actions',
      render: (_, rule) => (
        <Space>
          <Button type="link" size="small" onClick={() => edit(rule)}>
            {s('editShort')}
          </Button>
          <Popconfirm
            title={s('deleteConfirm')}
            onConfirm={() => remove.mutateAsync(rule.id).catch((e: unknown) => void message.error(e instanceof ApiError ? e.message : String(e)))}
          >
            <Button type="link" size="small" danger>
              {s('delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={s('title')}
        description={s('description')}
        extra={
          <Button type="primary" onClick={() => edit(null)}>
            {s('create')}
          </Button>
        }
      />
      <Card>
        {rules.error && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
        <Table<CoachRuleView> size="small" rowKey="id" columns={columns} dataSource={rules.data ?? []} loading={rules.isPending} pagination={false} locale={{ emptyText: s('empty') }} />
      </Card>
      <CoachRuleModal rule={editing} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
