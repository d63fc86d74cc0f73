// "Unreasonable request" marking: the business policy the customer's request conflicts with, counted per
// policy so that a policy cited often is flagged for review on the supervisors' board.
import { StopOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Form, Modal, Tag, Tooltip, Typography } from 'antd';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useMarkUnreasonable, usePolicyFlags } from '../../hooks/use-supervision.ts';
import type { Ticket } from '../../hooks/use-tickets.ts';
import { isSupervisorRole } from '../../lib/access.ts';

/** The header button that asks for the policy and marks the request as unreasonable (or changes the policy). */
export function UnreasonableButton({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ policy: string }>();
  const mark = useMarkUnreasonable(ticket.id);
  // Policies already cited, as suggestions, for the roles that may read them.
  const flags = usePolicyFlags(open && isSupervisorRole(me.role));
  const typed = Form.useWatch('policy', form) ?? '';
  const options = (flags.data ?? [])
    .filter((f) => f.policy.toLowerCase().includes(typed.trim().toLowerCase()))
    .map((f) => ({ value: f.policy, label: `${f.policy} · ${t('work.unreasonable.cited', { count: f.count })}` }));

  const submit = async ({ policy }: { policy: string }) => {
    try {
      await mark.mutateAsync(policy.trim());
      void message.success(t('work.unreasonable.marked'));
      setOpen(false);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <Button size="small" icon={<StopOutlined />} onClick={() => setOpen(true)} data-testid="mark-unreasonable">
        {t(ticket.unreasonablePolicy ? 'work.unreasonable.change' : 'work.unreasonable.mark')}
      </Button>
      <Modal
        open={open}
        title={t('work.unreasonable.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={mark.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('work.unreasonable.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false} preserve={false} initialValues={{ policy: ticket.unreasonablePolicy ?? '' }} onFinish={(v) => void submit(v)}>
          <Form.Item name="policy" label={t('work.unreasonable.policy')} rules={[{ required: true, whitespace: true, message: t('work.unreasonable.policyRequired') }, { max: 100 }]}>
            <AutoComplete options={options} placeholder={t('work.unreasonable.placeholder')} maxLength={100} autoFocus data-testid="unreasonable-policy" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The header tag naming the policy; workers can clear it. */
export function UnreasonableTag({ ticket, editable }: { ticket: Ticket; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mark = useMarkUnreasonable(ticket.id);
  if (!ticket.unreasonablePolicy) return null;
  const clear = (event: MouseEvent) => {
    event.preventDefault();
    mark.mutateAsync(null).then(
      () => void message.success(t('work.unreasonable.cleared')),
      (error: unknown) => void message.error(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <Tooltip title={t('work.unreasonable.tagHint')}>
      <Tag color="purple" icon={<StopOutlined />} closable={editable && !mark.isPending ? { 'aria-label': t('work.unreasonable.clear') } : false} onClose={clear} data-testid="unreasonable-tag">
        {t('work.unreasonable.tag', { policy: ticket.unreasonablePolicy })}
      </Tag>
    </Tooltip>
  );
}
