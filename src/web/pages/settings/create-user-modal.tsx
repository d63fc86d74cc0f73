import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type CreateUserResponse, type Locale, type Role } from '../../api.ts';
import { useCreateUser } from '../../hooks/use-users.ts';
import { applyApiError } from '../../lib/form-errors.ts';
import { UserFormFields } from './user-form-fields.tsx';

type Values = { email: string; name: string; role: Role; departmentId?: number; locale: Locale };

/** The create-user form; field problems come from the API, in the UI language, under each field. */
export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (result: CreateUserResponse) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateUser();

  const submit = async (values: Values) => {
    setFormError(null);
    try {
      const result = await create.mutateAsync({ ...values, departmentId: values.departmentId ?? null });
      onCreated(result);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'email_taken') form.setFields([{ name: 'email', errors: [error.message] }]);
      else setFormError(applyApiError(form, error, ['email', 'name', 'role', 'departmentId', 'locale']));
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ role: 'agent', locale: 'zh-CN' }} requiredMark={false}>
        <UserFormFields withEmail />
      </Form>
    </Modal>
  );
}
