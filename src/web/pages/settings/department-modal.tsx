import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentKinds } from '../../../shared/schemas/departments.ts';
import { ApiError, type Department, type DepartmentBody } from '../../api.ts';
import { useCreateDepartment, useUpdateDepartment } from '../../hooks/use-departments.ts';
import { applyApiError } from '../../lib/form-errors.ts';

/** Creates a department (department null) or renames one and changes its kind. */
export function DepartmentModal({ open, department, onClose }: { open: boolean; department: Department | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DepartmentBody>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateDepartment();
  const update = useUpdateDepartment();

  const submit = async (body: DepartmentBody) => {
    setFormError(null);
    try {
      if (department) await update.mutateAsync({ id: department.id, body });
      else await create.mutateAsync(body);
      void message.success(t(department ? 'departments.updated' : 'departments.created'));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'department_name_taken') form.setFields([{ name: 'name', errors: [error.message] }]);
      else setFormError(applyApiError(form, error, ['name', 'kind']));
    }
  };

  return (
    <Modal
      open={open}
      title={t(department ? 'departments.editTitle' : 'departments.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(department ? 'common.save' : 'common.create')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        requiredMark={false}
        initialValues={department ? { name: department.name, kind: department.kind } : { kind: 'service' }}
      >
        <Form.Item name="name" label={t('departments.name')} rules={[{ required: true, whitespace: true, message: t('departments.nameRequired') }]}>
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label={t('departments.kind')} rules={[{ required: true, message: t('departments.kindRequired') }]}>
          <Select options={departmentKinds.map((kind) => ({ value: kind, label: t(`departments.kinds.${kind}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
