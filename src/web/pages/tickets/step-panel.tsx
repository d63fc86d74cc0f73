import { CheckCircleFilled, ClockCircleOutlined, ForwardOutlined } from '@ant-design/icons';
import { App, Button, Card, Divider, Flex, Input, Modal, Steps, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textFor } from '../../../shared/tickets/localized.ts';
import { steps, type Step } from '../../../shared/tickets/model.ts';
import { stepGuidance } from '../../../shared/tickets/step-guidance.ts';
import { MIN_SKIP_REASON_LENGTH } from '../../../shared/tickets/steps.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { canWorkTickets } from '../../lib/access.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useTicketErrorHandler } from '../../hooks/use-ticket-errors.ts';
import { ticketApi, useTicketAction, type StepActionBody, type Ticket, type UpdateTicketBody } from '../../hooks/use-tickets.ts';
import { SelfCareOffer } from '../academy/courses/self-care-offer.tsx';
import { AskForm, CloseForm, ConfirmStep, RecordForm, ResolveForm, type RunStep } from './step-forms.tsx';

function SkipModal({ step, open, onClose, onSkip, busy }: { step: Step; open: boolean; onClose: () => void; onSkip: (reason: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const long = [...reason.trim()].length >= MIN_SKIP_REASON_LENGTH;
  return (
    <Modal
      open={open}
      title={t('work.stepper.skipTitle', { step: t(`work.steps.${step}`) })}
      onCancel={onClose}
      onOk={() => onSkip(reason.trim())}
      okButtonProps={{ disabled: !long, loading: busy }}
      okText={t('work.stepper.skip')}
      destroyOnHidden
      afterClose={() => setReason('')}
    >
      <Typography.Paragraph type="secondary">{t('work.stepper.skipHint', { min: MIN_SKIP_REASON_LENGTH })}</Typography.Paragraph>
      <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} autoFocus aria-label={t('work.stepper.skipReason')} />
    </Modal>
  );
}

/** A case that wears on the agent: a difficult customer type, an escalation, or a customer who wrote in anger. */
function isDifficultCase(ticket: Ticket): boolean {
  return ticket.difficultType != null || ticket.escalationReason != null || ticket.customerEmotion === 'angry';
}

/** The six-step stepper: each step's state (skipped ones marked with the reason), the current step's guidance, checklist and work. */
export function StepPanel({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const onError = useTicketErrorHandler(ticket.id);
  const [skipping, setSkipping] = useState(false);
  const [offeringSelfCare, setOfferingSelfCare] = useState(false);
  const step = useTicketAction(ticket.id, (body: StepActionBody) => ticketApi.step(ticket.id, body));
  const update = useTicketAction(ticket.id, (body: UpdateTicketBody) => ticketApi.update(ticket.id, body));
  const me = useCurrentUser();
  const closed = ticket.status === 'closed' || !canWorkTickets(me.role);

  const run: RunStep = async (body) => {
    try {
      await step.mutateAsync({ ...body, version: ticket.version } as StepActionBody);
      void message.success(t('work.stepper.done'));
      // A difficult case takes something out of the agent: offer their self-talk once it is closed.
      if (body.action === 'close' && isDifficultCase(ticket)) setOfferingSelfCare(true);
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };
  const saveRecord = async (body: Omit<UpdateTicketBody, 'version'>) => {
    try {
      await update.mutateAsync({ ...body, version: ticket.version });
      void message.success(t('work.stepper.recordSaved'));
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };

  const selfCareOffer = <SelfCareOffer open={offeringSelfCare} onClose={() => setOfferingSelfCare(false)} />;
  const flow = ticket.steps;
  if (!flow) {
    // Inquiries, requests and suggestions are not guided: they are resolved and closed directly.
    return (
      <Card size="small" title={t('work.stepper.unguidedTitle')} style={{ marginBottom: 12 }}>
        {selfCareOffer}
        {closed ? (
          <Typography.Text type="secondary">{t('work.stepper.closedNote')}</Typography.Text>
        ) : ticket.status === 'resolved' ? (
          <CloseForm run={run} busy={step.isPending} />
        ) : (
          <ResolveForm ticket={ticket} run={run} busy={step.isPending} />
        )}
      </Card>
    );
  }

  const current = flow.current;
  const work: Record<Step, ReactNode> = {
    listen: <ConfirmStep action="listen" run={run} busy={step.isPending} />,
    apologise: <ConfirmStep action="apologise" run={run} busy={step.isPending} />,
    ask: <AskForm run={run} busy={step.isPending} used={flow.questionKinds} />,
    record: <RecordForm key={ticket.version} ticket={ticket} save={saveRecord} busy={update.isPending} />,
    resolve: <ResolveForm key={ticket.version} ticket={ticket} run={run} busy={step.isPending} />,
    close: <CloseForm run={run} busy={step.isPending} />,
  };
  const guide = stepGuidance[current];
  const missing = new Set(flow.missing);

  const currentContent = (
    <div data-testid="step-current">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 6 }} ellipsis={{ rows: 3, expandable: true, symbol: t('work.stepper.more') }}>
        {textFor(guide.guidance, locale)}
      </Typography.Paragraph>
      <Flex vertical gap={2} style={{ marginBottom: 8 }} data-testid="step-checklist">
        {guide.checklist.map((item) => (
          <Typography.Text key={item.id} style={{ fontSize: 12 }} type={missing.has(item.id) ? undefined : 'success'}>
            {missing.has(item.id) ? <ClockCircleOutlined /> : <CheckCircleFilled />} {textFor(item.label, locale)}
          </Typography.Text>
        ))}
      </Flex>
      {!closed && (
        <>
          {work[current]}
          <Divider style={{ margin: '8px 0' }} />
          <Button size="small" type="link" icon={<ForwardOutlined />} onClick={() => setSkipping(true)} style={{ paddingInline: 0 }} data-testid="step-skip">
            {t('work.stepper.skip')}
          </Button>
        </>
      )}
    </div>
  );

  const items = steps.map((s) => {
    const skipped = flow.skipped.find((k) => k.step === s);
    const done = flow.completed.includes(s);
    const isCurrent = s === current && !flow.finished;
    return {
      key: s,
      title: (
        <span>
          {textFor(stepGuidance[s].title, locale)} {skipped && <Tag color="warning">{t('work.stepper.skipped')}</Tag>}
        </span>
      ),
      status: done ? ('finish' as const) : skipped ? ('error' as const) : isCurrent ? ('process' as const) : ('wait' as const),
      content: isCurrent ? currentContent : skipped ? <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('work.stepper.skippedReason', { reason: skipped.reason })}</Typography.Text> : undefined,
    };
  });

  return (
    <Card size="small" title={t('work.stepper.title')} style={{ marginBottom: 12 }} extra={flow.finished && <Tag color="success">{t('work.stepper.finished')}</Tag>} data-testid="stepper">
      <Steps orientation="vertical" size="small" items={items} current={steps.indexOf(current)} />
      <SkipModal
        step={current}
        open={skipping}
        onClose={() => setSkipping(false)}
        busy={step.isPending}
        onSkip={(reason) => void run({ action: 'skip', step: current, reason }).then((ok) => ok && setSkipping(false))}
      />
      {selfCareOffer}
    </Card>
  );
}
