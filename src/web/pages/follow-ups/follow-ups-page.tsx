import { Alert, App, Button, Card, Empty, Form, Input, Modal, Radio, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { followUpOutcomes, type FollowUpOutcome } from '../../../shared/tickets/model.ts';
import { outcomeReopens } from '../../../shared/tickets/follow-up.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useNow } from '../../hooks/use-ticket-clock.ts';
import { useFollowUps, useRecordFollowUp, type FollowUpItem } from '../../hooks/use-tickets.ts';
import { isSupervisorRole } from '../../lib/access.ts';

type Values = { outcome: FollowUpOutcome; note?: string };

/** Follow-up visits 回访 due: mine (or everyone's for supervisors), with the outcome recorded in a dialog. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const format = useFormatDateTime();
  const now = useNow();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const list = useFollowUps(scope);
  const record = useRecordFollowUp();
  const [open, setOpen] = useState<FollowUpItem | null>(null);
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);

  const submit = async (values: Values) => {
    if (!open) return;
    try {
      await record.mutateAsync({ id: open.id, ticketId: open.ticketId, body: { outcome: values.outcome, note: values.note?.trim() || null } });
      setOpen(null);
      if (outcomeReopens(values.outcome)) {
        modal.info({ title: t('work.followUps.reopenedTitle'), content: t('work.followUps.reopenedBody', { number: open.number }) });
      } else {
        void message.success(t('work.followUps.recorded'));
      }
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };

  const columns: TableColumnsType<FollowUpItem> = [
    {
      key: 'due',
      title: t('work.followUps.due'),
      render: (_, f) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {format(f.dueAt)} {Date.parse(f.dueAt) < now && <Tag color="red">{t('work.followUps.overdue')}</Tag>}
        </span>
      ),
    },
    { key: 'number', title: t('work.list.number'), render: (_, f) => <Link to={`/tickets/${f.ticketId}`} style={{ whiteSpace: 'nowrap' }}>{f.number}</Link> },
    { key: 'customer', title: t('work.list.customer'), dataIndex: 'customerName' },
    { key: 'subject', title: t('work.list.subject'), dataIndex: 'subject' },
    ...(scope === 'all' ? [{ key: 'assignee', title: t('work.followUps.assignee'), render: (_: unknown, f: FollowUpItem) => f.assigneeName ?? t('work.list.unassigned') }] : []),
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, f) => (
        <Button size="small" type="primary" onClick={() => setOpen(f)} data-testid={`record-outcome-${f.number}`}>
          {t('work.followUps.record')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('work.followUps.title')}
        description={t('work.followUps.description')}
        extra={
          isSupervisorRole(me.role) && (
            <Segmented<'mine' | 'all'> value={scope} onChange={setScope} options={[{ value: 'mine', label: t('work.followUps.mine') }, { value: 'all', label: t('work.followUps.all') }]} />
          )
        }
      />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<FollowUpItem>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={list.data ?? []}
          loading={list.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.followUps.empty')} /> }}
          data-testid="follow-ups-table"
        />
      </Card>
      <Modal
        open={open !== null}
        title={open ? t('work.followUps.recordTitle', { number: open.number, customer: open.customerName }) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        confirmLoading={record.isPending}
        okText={t('common.save')}
        destroyOnHidden
      >
        <Form<Values> form={form} layout="vertical" preserve={false} requiredMark={false} onFinish={(v) => void submit(v)}>
          <Form.Item name="outcome" label={t('work.followUps.outcome')} rules={[{ required: true, message: t('work.followUps.outcomeRequired') }]}>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={followUpOutcomes.map((o) => ({ value: o, label: t(`work.followUps.outcomes.${o}`) }))} />
          </Form.Item>
          {outcome && outcomeReopens(outcome) && <Alert type="warning" showIcon title={t('work.followUps.willReopen')} style={{ marginBottom: 12 }} />}
          <Form.Item name="note" label={t('work.followUps.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
