import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddPublicMessage } from '../../hooks/use-public-tickets.ts';

/** Lets the customer add to the conversation from the status page. */
export function StatusReplyForm({ number, statusKey, closed }: { number: string; statusKey: string; closed: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string }>();
  const [error, setError] = useState<string | null>(null);
  const add = useAddPublicMessage(number, statusKey);

  const submit = async ({ body }: { body: string }) => {
    setError(null);
    try {
      await add.mutateAsync(body.trim());
      form.resetFields();
      void message.success(t('service.public.status.sent'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form.Item
        name="body"
        label={t('service.public.status.addMessage')}
        extra={closed ? t('service.public.status.closedHint') : t('service.public.status.addHint')}
        rules={[{ required: true, whitespace: true, message: t('service.public.status.messageRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={5000} placeholder={t('service.public.status.messagePlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={add.isPending}>
        {t('service.public.status.send')}
      </Button>
    </Form>
  );
}
