import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Role, User } from '../../api.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useUpdateUser } from '../../hooks/use-users.ts';
import { applyApiError } from '../../lib/form-errors.ts';
import { UserFormFields } from './user-form-fields.tsx';

type Values = { name: string; role: Role; departmentId?: number | null; locale: Locale };

/** Changes a user's name, role, department and language. */
export function EditUserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateUser();

  const submit = async (values: Values) => {
    if (!user) return;
    setFormError(null);
    try {
      const { role, ...rest } = values;
      const body = { ...rest, departmentId: values.departmentId ?? null, ...(user.id === me.id ? {} : { role }) };
      await update.mutateAsync({ id: user.id, body });
      void message.success(t('users.updated'));
      onClose();
    } catch (error) {
      setFormError(applyApiError(form, error, ['name', 'role', 'departmentId', 'locale']));
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={update.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {user && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          requiredMark={false}
          initialValues={{ name: user.name, role: user.role, departmentId: user.departmentId ?? undefined, locale: user.locale }}
        >
          <UserFormFields withEmail={false} lockRole={user.id === me.id} />
        </Form>
      )}
    </Modal>
  );
}
