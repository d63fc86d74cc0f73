import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, InputNumber, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { useChallenge, useFileComplaint, type FiledComplaint, type PublicComplaintBody } from '../../hooks/use-public-tickets.ts';
import { applyApiError } from '../../lib/form-errors.ts';

/** What the customer can send from the public form. */
export const publicKinds = ['complaint', 'inquiry', 'suggestion'] as const;
type PublicKind = (typeof publicKinds)[number];

type Values = Omit<PublicComplaintBody, 'challengeId' | 'challengeAnswer'> & { challengeAnswer?: number };

const fieldNames = ['kind', 'name', 'phone', 'email', 'subject', 'content', 'purchaseOrServiceTime', 'problemTime', 'customerRequest', 'challengeAnswer'];
const blankToUndefined = (value: string | null | undefined) => (value && value.trim() ? value.trim() : undefined);

/** The public complaint, enquiry and suggestion form, written for customers, with a bot check and a honeypot. */
export function ComplaintForm({ onFiled }: { onFiled: (filed: FiledComplaint) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const kind = (Form.useWatch('kind', form) ?? 'complaint') as PublicKind;
  const challenge = useChallenge();
  const file = useFileComplaint();
  const p = (key: string) => t(`service.public.form.${key}`);
  const byKind = (key: string) => t(`service.public.form.${key}.${kind}`);

  const submit = async (values: Values) => {
    setFormError(null);
    if (!challenge.data) return;
    try {
      const filed = await file.mutateAsync({
        kind: values.kind,
        name: values.name.trim(),
        phone: values.phone.trim(),
        email: blankToUndefined(values.email),
        subject: values.subject.trim(),
        content: values.content.trim(),
        purchaseOrServiceTime: blankToUndefined(values.purchaseOrServiceTime) ?? null,
        problemTime: blankToUndefined(values.problemTime) ?? null,
        customerRequest: blankToUndefined(values.customerRequest) ?? null,
        challengeId: challenge.data.id,
        challengeAnswer: values.challengeAnswer ?? 0,
        website: values.website ?? '',
      });
      onFiled(filed);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'challenge_failed') {
        form.setFields([{ name: 'challengeAnswer', value: undefined, errors: [error.message] }]);
        void challenge.refetch();
        return;
      }
      setFormError(applyApiError(form, error, fieldNames));
    }
  };

  return (
    <Card styles={{ body: { padding: '20px 16px' } }}>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('service.public.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('service.public.intro')}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ kind: 'complaint', website: '' }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <Form.Item name="kind" label={p('kind')} rules={[{ required: true }]}>
          <Segmented<PublicKind> block size="large" options={publicKinds.map((value) => ({ value, label: t(`service.public.kinds.${value}`) }))} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          {byKind('kindHint')}
        </Typography.Paragraph>
        <Form.Item name="name" label={p('name')} rules={[{ required: true, whitespace: true, message: p('nameRequired') }]}>
          <Input size="large" autoComplete="name" maxLength={100} placeholder={p('namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={p('phone')}
          extra={p('phoneHint')}
          rules={[{ required: true, whitespace: true, message: p('phoneRequired') }, { min: 5, max: 30, message: p('phoneInvalid') }]}
        >
          <Input size="large" type="tel" inputMode="tel" autoComplete="tel" maxLength={30} />
        </Form.Item>
        <Form.Item name="email" label={p('email')} rules={[{ type: 'email', message: p('emailInvalid') }]}>
          <Input size="large" type="email" inputMode="email" autoComplete="email" maxLength={200} />
        </Form.Item>
        <Form.Item name="subject" label={byKind('subject')} rules={[{ required: true, whitespace: true, message: p('subjectRequired') }]}>
          <Input size="large" maxLength={200} placeholder={byKind('subjectPlaceholder')} />
        </Form.Item>
        <Form.Item name="content" label={byKind('content')} rules={[{ required: true, whitespace: true, message: p('contentRequired') }]}>
          <Input.TextArea rows={5} maxLength={5000} showCount placeholder={byKind('contentPlaceholder')} />
        </Form.Item>
        {kind !== 'suggestion' && (
          <Form.Item name="purchaseOrServiceTime" label={p('purchaseOrServiceTime')}>
            <Input size="large" maxLength={100} placeholder={p('purchaseOrServiceTimePlaceholder')} />
          </Form.Item>
        )}
        {kind === 'complaint' && (
          <Form.Item name="problemTime" label={p('problemTime')}>
            <Input size="large" maxLength={100} placeholder={p('problemTimePlaceholder')} />
          </Form.Item>
        )}
        {kind !== 'suggestion' && (
          <Form.Item name="customerRequest" label={byKind('customerRequest')}>
            <Input.TextArea rows={2} maxLength={1000} placeholder={p('customerRequestPlaceholder')} />
          </Form.Item>
        )}
        {/* A field people never see; bots that fill every input give themselves away. */}
        <div aria-hidden="true" style={{ position: 'absolute', left: -10_000, top: 'auto', width: 1, height: 1, overflow: 'hidden' }}>
          <Form.Item name="website" label={p('honeypot')}>
            <Input tabIndex={-1} autoComplete="off" />
          </Form.Item>
        </div>
        <Card size="small" style={{ background: '#fafcff', marginBottom: 24 }}>
          <Typography.Text strong>{p('check')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px', fontSize: 13 }}>
            {p('checkHint')}
          </Typography.Paragraph>
          {challenge.isPending ? (
            <Skeleton.Input active size="small" />
          ) : challenge.error ? (
            <Alert type="error" showIcon title={challenge.error.message} action={<Button size="small" onClick={() => void challenge.refetch()}>{t('common.retry')}</Button>} />
          ) : (
            <Flex align="flex-start" gap={8} wrap>
              <Form.Item
                name="challengeAnswer"
                label={<span data-testid="challenge-question">{challenge.data.question}</span>}
                rules={[{ required: true, message: p('checkRequired') }]}
                style={{ marginBottom: 0 }}
              >
                <InputNumber size="large" inputMode="numeric" precision={0} controls={false} style={{ width: 120 }} />
              </Form.Item>
              <Button type="link" icon={<ReloadOutlined />} onClick={() => void challenge.refetch()} loading={challenge.isFetching} style={{ marginTop: 30 }}>
                {p('checkRefresh')}
              </Button>
            </Flex>
          )}
        </Card>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {p('privacy')}
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" size="large" block loading={file.isPending} disabled={!challenge.data}>
          {byKind('submit')}
        </Button>
      </Form>
    </Card>
  );
}
