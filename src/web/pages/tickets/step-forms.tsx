// The work of each of the six steps as a small form: confirming listening and apologising, the question kinds
// used, the missing record fields, the resolution, and the close.
import { Button, Checkbox, DatePicker, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textFor } from '../../../shared/tickets/localized.ts';
import { complaintObjects, recordFields, resolutionTypes, type RecordField, type ResolutionType } from '../../../shared/tickets/model.ts';
import { questionKindGuide, questionKinds, type QuestionKind } from '../../../shared/tickets/question-kinds.ts';
import { recordFieldLabels } from '../../../shared/tickets/step-guidance.ts';
import { toLocale } from '../../i18n/i18n.ts';
import type { StepActionBody, Ticket, UpdateTicketBody } from '../../hooks/use-tickets.ts';

/** Runs a step action (the version is added by the caller); resolves true when it succeeded. */
export type RunStep = (body: DistributiveOmit<StepActionBody, 'version'>) => Promise<boolean>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Confirms the listen or apologise step with one button. */
export function ConfirmStep({ action, run, busy }: { action: 'listen' | 'apologise'; run: RunStep; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Button type="primary" size="small" loading={busy} onClick={() => void run({ action })} data-testid={`step-${action}`}>
      {t(`work.stepper.confirm.${action}`)}
    </Button>
  );
}

/** Ticks the question kinds used (each with its example) and confirms the ask step. */
export function AskForm({ run, busy, used }: { run: RunStep; busy: boolean; used: QuestionKind[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [kinds, setKinds] = useState<QuestionKind[]>(used);
  return (
    <Flex vertical gap={8}>
      <Checkbox.Group<QuestionKind> value={kinds} onChange={setKinds} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
        {questionKinds.map((kind) => (
          <Checkbox key={kind} value={kind} data-testid={`question-kind-${kind}`}>
            <Typography.Text strong>{textFor(questionKindGuide[kind].name, locale)}</Typography.Text>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('work.stepper.example', { text: textFor(questionKindGuide[kind].example, locale) })}
              </Typography.Text>
            </div>
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Button type="primary" size="small" loading={busy} disabled={kinds.length === 0} onClick={() => void run({ action: 'ask', questionKinds: kinds })} data-testid="step-ask">
        {t('work.stepper.confirm.ask')}
      </Button>
    </Flex>
  );
}

type RecordValues = Partial<Record<RecordField, string | null>>;

/** The mandated record fields (missing ones first and marked), saved with the ticket's version. */
export function RecordForm({ ticket, save, busy }: { ticket: Ticket; save: (body: Omit<UpdateTicketBody, 'version'>) => Promise<boolean>; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [form] = Form.useForm<RecordValues>();
  const missing = new Set(ticket.missingRecordFields);
  const submit = async (values: RecordValues) => {
    const record: Record<string, string | null> = {};
    for (const field of recordFields) {
      const v = values[field];
      record[field] = typeof v === 'string' && v.trim() ? v.trim() : null;
    }
    await save({ record: record as UpdateTicketBody['record'] });
  };
  return (
    <Form form={form} layout="vertical" size="small" initialValues={ticket.record} onFinish={(v) => void submit(v)} requiredMark={false} name="record">
      {recordFields.map((field) => (
        <Form.Item
          key={field}
          name={field}
          label={
            <span style={{ color: missing.has(field) ? '#d4380d' : undefined }}>
              {textFor(recordFieldLabels[field], locale)}
              {missing.has(field) && ` · ${t('work.stepper.missing')}`}
            </span>
          }
          style={{ marginBottom: 8 }}
        >
          {field === 'object' ? (
            <Radio.Group options={complaintObjects.map((o) => ({ value: o, label: t(`work.objects.${o}`) }))} />
          ) : field === 'content' ? (
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={5000} />
          ) : (
            <Input maxLength={field === 'usage' || field === 'customerRequest' ? 1000 : 100} />
          )}
        </Form.Item>
      ))}
      <Button type="primary" size="small" htmlType="submit" loading={busy} data-testid="record-save">
        {t('work.stepper.saveRecord')}
      </Button>
    </Form>
  );
}

type ResolveValues = { type: ResolutionType; summary: string; commitAt: Dayjs; customerInformed: boolean };

/** The resolution: type, the solution in words, the time promised, and whether the customer was told. */
export function ResolveForm({ ticket, run, busy }: { ticket: Ticket; run: RunStep; busy: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResolveValues>();
  const r = ticket.resolution;
  return (
    <Form<ResolveValues>
      form={form}
      layout="vertical"
      size="small"
      name="resolve"
      requiredMark={false}
      initialValues={{ type: r.type ?? undefined, summary: r.summary ?? '', commitAt: r.commitAt ? dayjs(r.commitAt) : dayjs().add(1, 'day').hour(17).minute(0).second(0), customerInformed: r.customerInformed }}
      onFinish={(v) => void run({ action: 'resolve', type: v.type, summary: v.summary.trim(), commitAt: v.commitAt.toISOString(), customerInformed: v.customerInformed })}
    >
      <Form.Item name="type" label={t('work.stepper.resolutionType')} rules={[{ required: true, message: t('work.stepper.resolutionTypeRequired') }]} style={{ marginBottom: 8 }}>
        <Select options={resolutionTypes.map((type) => ({ value: type, label: t(`work.resolutions.${type}`) }))} />
      </Form.Item>
      <Form.Item name="summary" label={t('work.stepper.summary')} rules={[{ required: true, whitespace: true, message: t('work.stepper.summaryRequired') }]} style={{ marginBottom: 8 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="commitAt" label={t('work.stepper.commitAt')} rules={[{ required: true, message: t('work.stepper.commitAtRequired') }]} style={{ marginBottom: 8 }}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="customerInformed" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox data-testid="customer-informed">{t('work.stepper.customerInformed')}</Checkbox>
      </Form.Item>
      <Button type="primary" size="small" htmlType="submit" loading={busy} data-testid="step-resolve">
        {t('work.stepper.confirm.resolve')}
      </Button>
    </Form>
  );
}

type CloseValues = { accepted: boolean; reason?: string };

/** The close: the customer accepted the result, or the reason why not. */
export function CloseForm({ run, busy }: { run: RunStep; busy: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CloseValues>();
  const accepted = Form.useWatch('accepted', form) ?? true;
  return (
    <Form<CloseValues>
      form={form}
      layout="vertical"
      size="small"
      name="close"
      requiredMark={false}
      initialValues={{ accepted: true }}
      onFinish={(v) => void run({ action: 'close', customerAccepted: v.accepted, reason: v.accepted ? null : (v.reason ?? '').trim() })}
    >
      <Form.Item name="accepted" style={{ marginBottom: 8 }}>
        <Radio.Group
          options={[
            { value: true, label: t('work.stepper.accepted') },
            { value: false, label: t('work.stepper.notAccepted') },
          ]}
        />
      </Form.Item>
      {!accepted && (
        <Form.Item name="reason" label={t('work.stepper.closeReason')} rules={[{ required: true, whitespace: true, message: t('work.stepper.closeReasonRequired') }]} style={{ marginBottom: 8 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      )}
      <Button type="primary" size="small" htmlType="submit" loading={busy} data-testid="step-close">
        {t('work.stepper.confirm.close')}
      </Button>
    </Form>
  );
}
