import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { locales, roles } from '../../../shared/schemas/common.ts';
import { useDepartments } from '../../hooks/use-departments.ts';

/** The fields shared by the create-user and edit-user forms; email only when creating, role locked on oneself. */
export function UserFormFields({ withEmail, lockRole = false }: { withEmail: boolean; lockRole?: boolean }) {
  const { t } = useTranslation();
  const departments = useDepartments();
  return (
    <>
      {withEmail && (
        <Form.Item name="email" label={t('users.email')} rules={[{ required: true, message: t('users.emailRequired') }]}>
          <Input autoComplete="off" inputMode="email" />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('users.name')} rules={[{ required: true, whitespace: true, message: t('users.nameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
        <Select disabled={lockRole} options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      </Form.Item>
      <Form.Item name="departmentId" label={t('users.department')}>
        <Select
          allowClear
          placeholder={t('users.noDepartment')}
          loading={departments.isPending}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="locale" label={t('users.locale')}>
        <Select options={locales.map((locale) => ({ value: locale, label: t(`locales.${locale}`) }))} />
      </Form.Item>
    </>
  );
}
