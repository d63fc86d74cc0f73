import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningKind } from '../../../../shared/academy/progress/rules.ts';
import { useToday } from '../../../hooks/use-format.ts';
import { useAssignmentOptions, useCreateAssignment } from '../../../hooks/use-progress.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { applyApiError } from '../../../lib/form-errors.ts';
import { pick } from '../academy-text.ts';

type Values = { title: string; items: string[]; userIds?: number[]; departmentId?: number; dueOn: Dayjs; note?: string };
const fieldNames = ['title', 'items', 'userIds', 'departmentId', 'dueOn', 'note'];

/** The form a trainer assigns a learning path with: items in order, people and/or a department, a due date. */
export function AssignModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const options = useAssignmentOptions();
  const create = useCreateAssignment();
  const today = useToday();
  const departments = options.data?.departments ?? [];
  const departmentName = (id: number | null) => departments.find((d) => d.id === id)?.name;

  const submit = async (values: Values) => {
    setProblem(null);
    const body = {
      title: values.title,
      note: values.note || undefined,
      dueOn: values.dueOn.format('YYYY-MM-DD'),
      // Items travel as "kind:ref" in the select; the reference itself may not contain the kind.
      items: values.items.map((key) => ({ kind: key.slice(0, key.indexOf(':')) as LearningKind, ref: key.slice(key.indexOf(':') + 1) })),
      userIds: values.userIds ?? [],
      departmentId: values.departmentId ?? null,
    };
    try {
      const path = await create.mutateAsync(body);
      void message.success(t('academyProgress.assign.created', { count: path.assigned }));
      onClose();
    } catch (error) {
      setProblem(applyApiError(form, error, fieldNames));
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('academyProgress.assign.title')}
      okText={t('academyProgress.assign.submit')}
      cancelText={t('academyProgress.assign.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} data-testid="assign-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="assign-form">
        <Form.Item name="title" label={t('academyProgress.assign.pathTitle')} rules={[{ required: true, whitespace: true, message: t('academyProgress.assign.needTitle') }]}>
          <Input maxLength={120} placeholder={t('academyProgress.assign.pathTitlePlaceholder')} />
        </Form.Item>
        <Form.Item name="items" label={t('academyProgress.assign.items')} rules={[{ required: true, message: t('academyProgress.assign.needItems') }]}>
          <Select
            mode="multiple"
            loading={options.isPending}
            placeholder={t('academyProgress.assign.itemsPlaceholder')}
            optionFilterProp="label"
            options={(['course', 'quiz', 'assessment', 'simulation'] as const)
              .map((kind) => ({
                label: t(`academyProgress.kinds.${kind}`),
                title: kind,
                options: (options.data?.items ?? []).filter((i) => i.kind === kind).map((i) => ({ value: `${i.kind}:${i.ref}`, label: pick(i.title, locale) })),
              }))
              .filter((group) => group.options.length > 0)}
          />
        </Form.Item>
        <Form.Item name="userIds" label={t('academyProgress.assign.people')} dependencies={['departmentId']} rules={[({ getFieldValue }) => ({ validator: (_, value?: number[]) => (value?.length || getFieldValue('departmentId') ? Promise.resolve() : Promise.reject(new Error(t('academyProgress.assign.needSomeone')))) })]}>
          <Select
            mode="multiple"
            placeholder={t('academyProgress.assign.peoplePlaceholder')}
            optionFilterProp="label"
            options={(options.data?.people ?? []).map((p) => ({ value: p.id, label: departmentName(p.departmentId) ? `${p.name} · ${departmentName(p.departmentId)}` : p.name }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label={t('academyProgress.assign.department')}>
          <Select allowClear placeholder={t('academyProgress.assign.departmentPlaceholder')} options={departments.map((d) => ({ value: d.id, label: t('academyProgress.team.wholeDepartment', { name: d.name }) }))} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('academyProgress.assign.dueOn')} rules={[{ required: true, message: t('academyProgress.assign.needDue') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < today} />
        </Form.Item>
        <Form.Item name="note" label={t('academyProgress.assign.note')}>
          <Input.TextArea maxLength={1000} rows={2} placeholder={t('academyProgress.assign.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
