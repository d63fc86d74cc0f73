import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSlaPolicies, type SlaPolicyRow } from '../../hooks/use-taxonomy.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { BusinessTime } from './sla-business-time.tsx';
import { policyName } from './sla-format.ts';
import { SlaCalendarCard } from './sla-calendar-card.tsx';
import { SlaPolicyModal } from './sla-policy-modal.tsx';

function Minutes({ value }: { value: number }) {
  const { t } = useTranslation();
  return (
    <Flex vertical>
      <Typography.Text strong>
        <BusinessTime minutes={value} />
      </Typography.Text>
      {value >= 60 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('service.taxonomy.sla.minutesCount', { count: value })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Admin page of the SLA policies SLA 政策: which tickets each applies to and its targets in business time. */
export function SlaPoliciesPage() {
  const { t, i18n } = useTranslation();
  const policies = useSlaPolicies();
  const [editing, setEditing] = useState<SlaPolicyRow | null>(null);
  const locale = toLocale(i18n.language);
  const s = (key: string) => t(`service.taxonomy.sla.${key}`);
  const any = <Typography.Text type="secondary">{s('any')}</Typography.Text>;

  const columns: TableColumnsType<SlaPolicyRow> = [
    { title: s('name'), dataIndex: 'name', key: 'name', render: (name: string) => <Typography.Text strong>{policyName(name, locale)}</Typography.Text> },
    {
      title: s('appliesTo'),
      key: 'appliesTo',
      render: (_, p) => (
        <Flex gap={4} wrap>
          {p.kind ? <Tag color="volcano">{t(`service.common.kinds.${p.kind}`)}</Tag> : null}
          {p.priority ? <Tag color="gold">{t(`service.common.priorities.${p.priority}`)}</Tag> : null}
          {p.customerLevel ? <Tag color="purple">{t(`customers.levels.${p.customerLevel}`, { defaultValue: p.customerLevel })}</Tag> : null}
          {!p.kind && !p.priority && !p.customerLevel ? any : null}
        </Flex>
      ),
    },
    { title: s('firstResponseMinutes'), dataIndex: 'firstResponseMinutes', key: 'first', width: 150, render: (v: number) => <Minutes value={v} /> },
    { title: s('resolutionMinutes'), dataIndex: 'resolutionMinutes', key: 'resolution', width: 150, render: (v: number) => <Minutes value={v} /> },
    { title: s('warnBeforeMinutes'), dataIndex: 'warnBeforeMinutes', key: 'warn', width: 150, render: (v: number) => <Minutes value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => setEditing(p)} disabled={p.id === undefined}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={s('title')} description={s('description')} />
      <Card>
        {policies.error && <QueryError error={policies.error} onRetry={() => void policies.refetch()} />}
        <Table<SlaPolicyRow>
          size="small"
          rowKey={(p) => p.id ?? p.name}
          columns={columns}
          dataSource={policies.data ?? []}
          loading={policies.isPending}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: s('empty') }}
        />
      </Card>
      <SlaCalendarCard />
      <SlaPolicyModal policy={editing} title={editing ? policyName(editing.name, locale) : ''} onClose={() => setEditing(null)} />
    </>
  );
}
