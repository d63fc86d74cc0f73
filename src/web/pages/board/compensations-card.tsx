import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { QueryError } from '../../components/query-error.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useDecideCompensation, type PendingCompensation } from '../../hooks/use-board.ts';

type Decision = { compensation: PendingCompensation; approve: boolean };

function DecisionModal({ decision, onClose }: { decision: Decision | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [error, setError] = useState<string | null>(null);
  const decide = useDecideCompensation();
  const approve = decision?.approve ?? true;

  const submit = async ({ note }: { note?: string }) => {
    if (!decision) return;
    setError(null);
    try {
      await decide.mutateAsync({ id: decision.compensation.id, approve, note: note?.trim() });
      void message.success(t(approve ? 'service.board.compensation.approved' : 'service.board.compensation.rejected'));
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal
      open={decision !== null}
      title={decision ? t(approve ? 'service.board.compensation.approveTitle' : 'service.board.compensation.rejectTitle', { number: decision.compensation.number }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(approve ? 'service.board.compensation.approve' : 'service.board.compensation.reject')}
      okButtonProps={{ danger: !approve }}
      confirmLoading={decide.isPending}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false} requiredMark={false}>
        <Form.Item
          name="note"
          label={t('service.board.compensation.note')}
          extra={t(approve ? 'service.board.compensation.noteHintApprove' : 'service.board.compensation.noteHintReject')}
          rules={approve ? [] : [{ required: true, whitespace: true, message: t('service.board.compensation.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Compensation above the agents' authority, with approve and reject (with a note). */
export function CompensationsCard({ id, query }: { id: string; query: UseQueryResult<PendingCompensation[], Error> }) {
  const { t, i18n } = useTranslation();
  const format = useFormatDateTime();
  const [decision, setDecision] = useState<Decision | null>(null);
  const money = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { style: 'currency', currency: 'CNY' });

  const columns: TableColumnsType<PendingCompensation> = [
    { title: t('service.board.columns.number'), dataIndex: 'number', key: 'number', width: 150, render: (number: string, row) => <Link to={`/tickets/${row.ticketId}`}>{number}</Link> },
    { title: t('service.board.compensation.type'), dataIndex: 'type', key: 'type', width: 90, render: (type: string) => t(`service.board.compensation.types.${type}`, { defaultValue: type }) },
    { title: t('service.board.compensation.amount'), dataIndex: 'amountCents', key: 'amount', width: 110, align: 'right', render: (cents: number) => money.format(cents / 100) },
    { title: t('service.board.compensation.description'), dataIndex: 'description', key: 'description', ellipsis: true },
    { title: t('service.board.compensation.requestedBy'), key: 'requestedBy', width: 210, render: (_, row) => `${row.requestedBy ?? t('common.none')} · ${format(row.createdAt)}` },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, row) => (
        <Space size={4}>
          <Button size="small" type="primary" onClick={() => setDecision({ compensation: row, approve: true })}>
            {t('service.board.compensation.approve')}
          </Button>
          <Button size="small" danger onClick={() => setDecision({ compensation: row, approve: false })}>
            {t('service.board.compensation.reject')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card id={id} size="small" title={t('service.board.compensation.title')}>
      {query.error && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<PendingCompensation>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={query.data ?? []}
        loading={query.isPending}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: t('service.board.empty.compensations') }}
      />
      <DecisionModal decision={decision} onClose={() => setDecision(null)} />
    </Card>
  );
}
