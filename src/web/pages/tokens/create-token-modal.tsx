import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateTokenBody, CreateTokenResponse } from '../../api.ts';
import { useCreateToken } from '../../hooks/use-tokens.ts';
import { applyApiError } from '../../lib/form-errors.ts';

/** Asks for a token name and creates the token; the caller shows the secret once. */
export function CreateTokenModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (result: CreateTokenResponse) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateTokenBody>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateToken();

  const submit = async (body: CreateTokenBody) => {
    setFormError(null);
    try {
      onCreated(await create.mutateAsync(body));
    } catch (error) {
      setFormError(applyApiError(form, error, ['name']));
    }
  };

  return (
    <Modal
      open={open}
      title={t('tokens.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} requiredMark={false}>
        <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }]}>
          <Input placeholder={t('tokens.namePlaceholder')} maxLength={80} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
