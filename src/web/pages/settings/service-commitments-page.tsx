import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCommitment } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCommitments, useSaveCommitment } from '../../hooks/use-purchases.ts';
import { CadenceCard } from './cadence-card.tsx';
import { CommitmentModal } from './commitment-modal.tsx';

/** Admin page of the service commitments that define warranty windows, and of the contact cadence rules. */
export function ServiceCommitmentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const commitments = useCommitments();
  const save = useSaveCommitment();
  const [modal, setModal] = useState<{ commitment: ServiceCommitment | null } | null>(null);

  const toggle = (c: ServiceCommitment) =>
    save.mutateAsync({ id: c.id, body: { kind: c.kind, name: c.name, days: c.days, condition: c.condition, nationwide: c.nationwide, active: !c.active } }).then(
      () => void message.success(t('commitments.updated')),
      (error: Error) => void message.error(error.message),
    );

  const columns: TableColumnsType<ServiceCommitment> = [
    { key: 'name', title: t('commitments.name'), dataIndex: 'name' },
    { key: 'kind', title: t('commitments.kind'), render: (_, c) => <Tag color="blue">{t(`commitments.kinds.${c.kind}`)}</Tag> },
    { key: 'days', title: t('commitments.days'), dataIndex: 'days', align: 'right', width: 110 },
    { key: 'condition', title: t('commitments.condition'), render: (_, c) => t(`commitments.conditions.${c.condition}`, { defaultValue: c.condition }) },
    { key: 'nationwide', title: t('commitments.nationwide'), render: (_, c) => t(c.nationwide ? 'commitments.yes' : 'commitments.no') },
    {
      key: 'active',
      title: t('commitments.active'),
      render: (_, c) => <Tag color={c.active ? 'green' : 'default'}>{t(c.active ? 'commitments.enabled' : 'commitments.disabled')}</Tag>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 160,
      render: (_, c) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setModal({ commitment: c })}>
            {t('common.edit')}
          </Button>
          <Popconfirm title={t(c.active ? 'commitments.deactivate' : 'commitments.activate')} onConfirm={() => toggle(c)}>
            <Button type="link" size="small" danger={c.active}>
              {t(c.active ? 'commitments.deactivate' : 'commitments.activate')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('commitments.title')}
        description={t('commitments.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ commitment: null })}>
            {t('commitments.create')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        {commitments.error && <QueryError error={commitments.error} onRetry={() => void commitments.refetch()} />}
        <Table<ServiceCommitment>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={commitments.data ?? []}
          loading={commitments.isPending}
          pagination={false}
          locale={{ emptyText: t('commitments.empty') }}
        />
      </Card>
      <CadenceCard />
      <CommitmentModal open={modal !== null} commitment={modal?.commitment ?? null} onClose={() => setModal(null)} />
    </>
  );
}
