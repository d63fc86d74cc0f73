// The ticket header's actions: escalate, de-escalate, route to a department, compensation, reopen, unreasonable request, letters.
import { DownOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Dropdown, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsApproval } from '../../../shared/tickets/compensation.ts';
import { useDepartments } from '../../hooks/use-departments.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useTicketErrorHandler } from '../../hooks/use-ticket-errors.ts';
import { ticketApi, useTicketAction, type CompensationBody, type Letter, type Ticket } from '../../hooks/use-tickets.ts';
import { isSupervisorRole } from '../../lib/access.ts';
import { UnreasonableButton } from './unreasonable.tsx';

type Action = 'escalate' | 'deEscalate' | 'route' | 'compensation' | 'reopen' | 'letter';
type Values = { reason?: string; note?: string; departmentId?: number; takeOwnership?: boolean; type?: CompensationBody['type']; amount?: number; description?: string };
const compensationTypes = ['gift', 'credit', 'voucher', 'refund', 'cash'] as const;

/** Buttons and their modals for the ticket's header. */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [action, setAction] = useState<Action | null>(null);
  const [letter, setLetter] = useState<Letter | null>(null);
  const [letterBusy, setLetterBusy] = useState(false);
  const departments = useDepartments();
  const onError = useTicketErrorHandler(ticket.id);
  const id = ticket.id;
  const v = ticket.version;
  const run = useTicketAction(id, (values: Values & { action: Action }) => {
    switch (values.action) {
      case 'escalate':
        return ticketApi.escalate(id, { version: v, reason: values.reason!.trim() });
      case 'deEscalate':
        return ticketApi.deEscalate(id, { version: v, takeOwnership: Boolean(values.takeOwnership) });
      case 'route':
        return ticketApi.route(id, { version: v, departmentId: values.departmentId!, note: values.note!.trim() });
      case 'compensation':
        return ticketApi.compensation(id, { type: values.type!, amount: values.amount!, description: values.description!.trim() });
      default:
        return ticketApi.reopen(id, { reason: values.reason!.trim() });
    }
  });
  const amount = Form.useWatch('amount', form);
  const closed = ticket.status === 'closed';
  const supervisor = isSupervisorRole(me.role);

  const submit = async (values: Values) => {
    if (!action || action === 'letter') return;
    try {
      await run.mutateAsync({ ...values, action });
      void message.success(t(`work.actions.done.${action}`));
      setAction(null);
    } catch (error) {
      onError(error);
    }
  };
  const makeLetter = async (kind: 'apology' | 'thanks') => {
    setLetterBusy(true);
    try {
      setLetter(await ticketApi.letter(id, kind));
      setAction('letter');
    } catch (error) {
      onError(error);
    } finally {
      setLetterBusy(false);
    }
  };

  const required = (key: string) => [{ required: true, whitespace: true, message: t(key) }];
  const body = () => {
    switch (action) {
      case 'escalate':
        return (
          <Form.Item name="reason" label={t('work.actions.escalateReason')} rules={required('work.actions.reasonRequired')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} autoFocus />
          </Form.Item>
        );
      case 'deEscalate':
        return (
          <>
            <Typography.Paragraph>{t('work.actions.deEscalateBody', { reason: ticket.escalationReason ?? t('common.none') })}</Typography.Paragraph>
            <Form.Item name="takeOwnership" valuePropName="checked">
              <Checkbox>{t('work.actions.takeOwnership')}</Checkbox>
            </Form.Item>
          </>
        );
      case 'route':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('work.actions.routeHint')}</Typography.Paragraph>
            <Form.Item name="departmentId" label={t('work.actions.department')} rules={[{ required: true, message: t('work.actions.departmentRequired') }]}>
              <Select loading={departments.isPending} options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
            <Form.Item name="note" label={t('work.actions.routeNote')} rules={required('work.actions.noteRequired')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          </>
        );
      case 'compensation':
        return (
          <>
            <Form.Item name="type" label={t('work.compensation.type')} rules={[{ required: true, message: t('work.compensation.typeRequired') }]}>
              <Select options={compensationTypes.map((c) => ({ value: c, label: t(`work.compensation.types.${c}`) }))} />
            </Form.Item>
            <Form.Item name="amount" label={t('work.compensation.amount')} rules={[{ required: true, message: t('work.compensation.amountRequired') }]}>
              <InputNumber min={0.01} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="description" label={t('work.compensation.description')} rules={required('work.compensation.descriptionRequired')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
            </Form.Item>
            {typeof amount === 'number' && amount > 0 && needsApproval(me.role, amount) && <Alert type="warning" showIcon title={t('work.compensation.needsApproval')} />}
          </>
        );
      case 'reopen':
        return (
          <Form.Item name="reason" label={t('work.actions.reopenReason')} rules={required('work.actions.reasonRequired')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} autoFocus />
          </Form.Item>
        );
      default:
        return null;
    }
  };

  return (
    <>
      <Space wrap size={6}>
        {!closed && ticket.status !== 'escalated' && <Button size="small" onClick={() => setAction('escalate')}>{t('work.actions.escalate')}</Button>}
        {!closed && ticket.status === 'escalated' && supervisor && <Button size="small" onClick={() => setAction('deEscalate')}>{t('work.actions.deEscalate')}</Button>}
        {!closed && <Button size="small" onClick={() => setAction('route')}>{t('work.actions.route')}</Button>}
        {!closed && <Button size="small" onClick={() => setAction('compensation')}>{t('work.actions.compensation')}</Button>}
        {(closed || ticket.status === 'resolved') && <Button size="small" onClick={() => setAction('reopen')}>{t('work.actions.reopen')}</Button>}
        <UnreasonableButton ticket={ticket} />
        <Dropdown
          menu={{
            items: (['apology', 'thanks'] as const).map((k) => ({ key: k, label: t(`work.letter.make.${k}`) })),
            onClick: ({ key }) => void makeLetter(key as 'apology' | 'thanks'),
          }}
        >
          <Button size="small" loading={letterBusy}>
            {t('work.letter.button')} <DownOutlined />
          </Button>
        </Dropdown>
      </Space>
      <Modal
        open={action !== null && action !== 'letter'}
        title={action && action !== 'letter' ? t(`work.actions.titles.${action}`) : ''}
        onCancel={() => setAction(null)}
        onOk={() => form.submit()}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false} preserve={false} onFinish={(values) => void submit(values)}>
          {body()}
        </Form>
      </Modal>
      <Modal open={action === 'letter'} title={letter?.subject} onCancel={() => setAction(null)} footer={null} width={640}>
        <Typography.Paragraph type="secondary">{t('work.letter.stored')}</Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: letter ? `${letter.subject}\n\n${letter.body}` : '' }} style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }} data-testid="letter-body">
          {letter?.body}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
