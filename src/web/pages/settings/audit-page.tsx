import { Button, Card, Flex, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useAudit } from '../../hooks/use-audit.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { AuditChanges } from './audit-changes.tsx';

// The actions the server records today; an unknown action is shown as its code.
const knownActions = [
  'auth.login',
  'auth.login_failed',
  'user.created',
  'user.updated',
  'user.password_changed',
  'user.password_reset',
  'department.created',
  'department.updated',
  'department.deleted',
  'token.created',
  'token.revoked',
  'customer.created',
  'customer.owner_changed',
  'customer.contact_removed',
  'customer.contact_revealed',
  'customer.imported',
  'customer.exported',
  'customer.merged',
  'purchase.deleted',
  'commitment.created',
  'commitment.updated',
  'settings.cadence_changed',
  'cause.created',
  'cause.updated',
  'sla_policy.updated',
  'ticket.evaluated',
  'compensation.requested',
  'compensation.approved',
  'compensation.rejected',
  'coach_rule.created',
  'coach_rule.updated',
  'coach_rule.deleted',
] as const;

/** Admin view of the audit log: newest first, filter by action, before/after on expansion, times in the user's zone. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const [action, setAction] = useState<string | undefined>();
  const audit = useAudit({ action });
  const rows = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const actionLabel = (value: string) => t(`audit.actions.${value}`, { defaultValue: value });

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.time'), dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (value: string) => format(value) },
    { title: t('audit.actor'), dataIndex: 'actorName', key: 'actor', render: (value: string | null) => value ?? t('audit.system') },
    { title: t('audit.action'), dataIndex: 'action', key: 'action', render: (value: string) => <Tag color="geekblue">{actionLabel(value)}</Tag> },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_, entry) => `${t(`audit.entityTypes.${entry.entityType}`, { defaultValue: entry.entityType })}${entry.entityId ? ` #${entry.entityId}` : ''}`,
    },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', render: (value: string | null) => value ?? t('common.none') },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card>
        <Flex gap={12} style={{ marginBottom: 16 }}>
          <Select<string>
            allowClear
            placeholder={t('audit.filterAction')}
            style={{ width: 220 }}
            value={action}
            onChange={setAction}
            options={knownActions.map((value) => ({ value, label: actionLabel(value) }))}
          />
        </Flex>
        {audit.error && <QueryError error={audit.error} onRetry={() => void audit.refetch()} />}
        <Table<AuditEntry>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={audit.isPending}
          pagination={false}
          expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
          locale={{ emptyText: t('audit.empty') }}
          scroll={{ x: 'max-content' }}
        />
        {audit.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
