import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Divider, Flex, Form, Input, Radio, Result, Row, Select, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CustomerListItem } from '../../api.ts';
import { analyzeCustomer } from '../../../shared/coach/analyze-customer.ts';
import { recordFieldLabels } from '../../../shared/tickets/step-guidance.ts';
import { textFor } from '../../../shared/tickets/localized.ts';
import { channels, complaintObjects, difficultTypes, priorities, severities, ticketKinds, type Channel, type ComplaintObject, type DifficultType, type Priority, type Severity, type TicketKind } from '../../../shared/tickets/model.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { toLocale } from '../../i18n/i18n.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useCreateTicket } from '../../hooks/use-tickets.ts';
import { canWorkTickets } from '../../lib/access.ts';
import { applyApiError } from '../../lib/form-errors.ts';
import { CallerLookup, callerDigits, type Caller } from './caller-lookup.tsx';
import { CauseSelect } from './cause-select.tsx';

type Values = {
  newName?: string;
  kind: TicketKind;
  channel: Channel;
  subject: string;
  record: { object?: ComplaintObject; content?: string; purchaseOrServiceTime?: string; problemTime?: string; usage?: string; customerRequest?: string };
  causeKey?: string | null;
  severity: Severity;
  priority: Priority;
  difficultType?: DifficultType | null;
  customerMessage?: string;
};

const focusable = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button[type=submit]';

// The fields Enter walks through: text fields, selects, and of each radio group the checked (or first) option.
function focusOrder(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(focusable)];
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    const group = all.filter((o) => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name) as HTMLInputElement[];
    const checked = group.find((o) => o.checked);
    return checked ? checked === el : group[0] === el;
  });
}

const blank = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** Phone intake: caller number → customer (or new) → kind, record fields, cause → create, all from the keyboard. */
export function NewTicketPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateTicket();
  // Opened from a customer's 360 page, the caller is already known.
  const preset = (useLocation().state as { caller?: CustomerListItem } | null)?.caller;
  const [phone, setPhone] = useState(preset?.primaryPhone ?? '');
  const [caller, setCaller] = useState<Caller>(preset ? { kind: 'existing', customer: preset } : null);
  const [formError, setFormError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const words = Form.useWatch('customerMessage', form) ?? '';
  const difficult = Form.useWatch('difficultType', form);
  const reading = words.trim() ? analyzeCustomer(words, [], locale) : null;

  if (!canWorkTickets(me.role)) return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;

  const focusNext = (from: HTMLElement) => {
    if (!root.current) return;
    const order = focusOrder(root.current);
    const next = order[order.indexOf(from) + 1];
    next?.focus();
  };
  const afterCaller = (chosen: Caller) => {
    window.setTimeout(() => {
      if (chosen?.kind === 'new') document.getElementById('intake_newName')?.focus();
      else root.current?.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.focus();
    }, 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      form.submit();
      return;
    }
    const target = e.target as HTMLElement;
    if (target.id === 'caller-phone' || target.tagName === 'TEXTAREA' || target.getAttribute('role') === 'combobox' || target.tagName === 'BUTTON') return;
    if (target instanceof HTMLInputElement) {
      e.preventDefault();
      focusNext(target);
    }
  };

  const submit = async (v: Values) => {
    setFormError(null);
    if (!caller) {
      setFormError(t('work.intake.pickCaller'));
      document.getElementById('caller-phone')?.focus();
      return;
    }
    try {
      const ticket = await create.mutateAsync({
        kind: v.kind,
        channel: v.channel,
        ...(caller.kind === 'existing' ? { customerId: caller.customer.id } : { newCustomer: { name: (v.newName ?? '').trim(), ...(callerDigits(phone) ? { phone: phone.trim() } : {}) } }),
        subject: v.subject.trim(),
        record: {
          object: v.record.object ?? null,
          content: blank(v.record.content),
          purchaseOrServiceTime: blank(v.record.purchaseOrServiceTime),
          problemTime: blank(v.record.problemTime),
          usage: blank(v.record.usage),
          customerRequest: blank(v.record.customerRequest),
        },
        causeKey: v.causeKey ?? null,
        severity: v.severity,
        priority: v.priority,
        difficultType: v.difficultType ?? null,
        customerMessage: blank(v.customerMessage),
      });
      void navigate(`/tickets/${ticket.id}`);
    } catch (error) {
      setFormError(applyApiError(form, error, ['subject', 'kind', 'channel', 'causeKey']));
    }
  };

  const recordInput = (field: 'purchaseOrServiceTime' | 'problemTime' | 'usage' | 'customerRequest') => (
    <Form.Item name={['record', field]} label={textFor(recordFieldLabels[field], locale)}>
      <Input maxLength={field === 'usage' || field === 'customerRequest' ? 1000 : 100} />
    </Form.Item>
  );

  return (
    <div ref={root} onKeyDown={onKeyDown}>
      <div style={{ marginBottom: 8 }}>
        <Link to="/desk">
          <ArrowLeftOutlined /> {t('work.intake.back')}
        </Link>
      </div>
      <PageHeader title={t('work.intake.title')} description={t('work.intake.keyboardHint')} />
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        name="intake"
        layout="vertical"
        requiredMark={false}
        size="middle"
        initialValues={{ kind: 'complaint', channel: 'phone', severity: 'medium', priority: 'normal', record: {} }}
        onFinish={(v) => void submit(v)}
        style={{ maxWidth: 1100 }}
      >
        <Row gutter={16}>
          <Col xs={24} lg={10}>
            <Card size="small" title={t('work.intake.caller')} style={{ marginBottom: 16 }}>
              <CallerLookup phone={phone} onPhone={setPhone} caller={caller} onCaller={setCaller} onDone={afterCaller} />
              {caller?.kind === 'new' && (
                <Form.Item name="newName" label={t('work.intake.newName')} rules={[{ required: true, whitespace: true, message: t('work.intake.newNameRequired') }]} style={{ marginTop: 12, marginBottom: 0 }}>
                  <Input maxLength={100} />
                </Form.Item>
              )}
            </Card>
            <Card size="small" title={t('work.intake.contact')} style={{ marginBottom: 16 }}>
              <Form.Item name="kind" label={t('work.intake.kind')}>
                <Radio.Group optionType="button" buttonStyle="solid" size="small" name="kind" options={ticketKinds.map((k) => ({ value: k, label: t(`work.kinds.${k}`) }))} />
              </Form.Item>
              <Form.Item name="channel" label={t('work.intake.channel')}>
                <Select options={channels.map((c) => ({ value: c, label: t(`work.channels.${c}`) }))} />
              </Form.Item>
              <Form.Item name="subject" label={t('work.intake.subject')} rules={[{ required: true, whitespace: true, message: t('work.intake.subjectRequired') }]}>
                <Input maxLength={200} placeholder={t('work.intake.subjectPlaceholder')} />
              </Form.Item>
              <Form.Item name="customerMessage" label={t('work.intake.words')} extra={t('work.intake.wordsHint')} style={{ marginBottom: reading ? 8 : 0 }}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={10000} />
              </Form.Item>
              {reading && reading.customerType && reading.customerType !== difficult && (
                <Alert
                  type="info"
                  showIcon
                  title={t('work.intake.coachSuggests', { type: t(`work.difficult.${reading.customerType}`), emotion: t(`work.emotions.${reading.emotion}`) })}
                  action={
                    <Button size="small" onClick={() => form.setFieldValue('difficultType', reading.customerType)}>
                      {t('work.intake.adopt')}
                    </Button>
                  }
                />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('work.intake.record')} style={{ marginBottom: 16 }}>
              <Form.Item name={['record', 'object']} label={textFor(recordFieldLabels.object, locale)}>
                <Radio.Group name="object" options={complaintObjects.map((o) => ({ value: o, label: t(`work.objects.${o}`) }))} />
              </Form.Item>
              <Form.Item name={['record', 'content']} label={textFor(recordFieldLabels.content, locale)}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={12}>{recordInput('purchaseOrServiceTime')}</Col>
                <Col xs={24} md={12}>{recordInput('problemTime')}</Col>
                <Col xs={24} md={12}>{recordInput('usage')}</Col>
                <Col xs={24} md={12}>{recordInput('customerRequest')}</Col>
              </Row>
              <Divider style={{ margin: '4px 0 12px' }} />
              <Form.Item name="causeKey" label={t('work.intake.cause')}>
                <CauseSelect />
              </Form.Item>
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="severity" label={t('work.intake.severity')}>
                    <Select options={severities.map((s) => ({ value: s, label: t(`work.severities.${s}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="priority" label={t('work.intake.priority')}>
                    <Select options={priorities.map((p) => ({ value: p, label: t(`work.priorities.${p}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="difficultType" label={t('work.intake.difficult')}>
                    <Select allowClear placeholder={t('common.none')} options={difficultTypes.map((d) => ({ value: d, label: t(`work.difficult.${d}`) }))} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Flex justify="flex-end" align="center" gap={12}>
              <Typography.Text type="secondary">{t('work.intake.submitHint')}</Typography.Text>
              <Button type="primary" size="large" htmlType="submit" loading={create.isPending} data-testid="intake-submit">
                {t('work.intake.submit')}
              </Button>
            </Flex>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
