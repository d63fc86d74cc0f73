import { Alert, App, Form, Input, Modal, Select, Switch, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { useCreateCause, useUpdateCause, type Cause, type CauseBody, type CauseRouteTo } from '../../hooks/use-taxonomy.ts';
import { applyApiError } from '../../lib/form-errors.ts';
import { buildCauseTree, selfAndDescendants, type CauseTreeNode } from './causes-tree.ts';

/** What the cause dialog edits: a new cause (with its parent, possibly none) or an existing one. */
export type CauseEdit = { mode: 'create'; parentId: number | null } | { mode: 'edit'; cause: Cause };

/** Where a cause can be routed. */
export const causeRoutes: CauseRouteTo[] = ['service', 'rnd', 'production', 'logistics'];
const inherit = 'inherit';

type Values = Omit<CauseBody, 'routeTo' | 'parentId'> & { routeTo: CauseRouteTo | typeof inherit; parentId?: number | null };
type TreeOption = { value: number; title: string; disabled?: boolean; children?: TreeOption[] };

/** Creates a cause (top level or under a parent) or edits names, parent, route and active flag. */
export function CauseModal({ edit, causes, onClose }: { edit: CauseEdit | null; causes: Cause[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateCause();
  const update = useUpdateCause();
  const en = toLocale(i18n.language) === 'en';
  const editing = edit?.mode === 'edit' ? edit.cause : null;

  const parentOptions = useMemo(() => {
    const blocked = editing ? selfAndDescendants(causes, editing.id) : new Set<number>();
    const toOption = (node: CauseTreeNode): TreeOption => ({
      value: node.id,
      title: en ? node.nameEn : node.nameZh,
      disabled: blocked.has(node.id),
      children: node.children?.map(toOption),
    });
    return buildCauseTree(causes).map(toOption);
  }, [causes, editing, en]);

  const initialValues: Partial<Values> = editing
    ? { ...editing, routeTo: editing.routeTo ?? inherit }
    : { parentId: edit?.mode === 'create' ? edit.parentId : null, routeTo: inherit, active: true };

  const submit = async (values: Values) => {
    setFormError(null);
    const body = {
      parentId: values.parentId ?? null,
      nameZh: values.nameZh.trim(),
      nameEn: values.nameEn.trim(),
      routeTo: values.routeTo === inherit ? null : values.routeTo,
      active: values.active,
    };
    try {
      if (editing) await update.mutateAsync({ id: editing.id, body });
      else await create.mutateAsync({ ...body, key: values.key.trim() });
      void message.success(t(editing ? 'service.taxonomy.causes.updated' : 'service.taxonomy.causes.created'));
      onClose();
    } catch (error) {
      // A taken code answers 409 (today with the code `cause_not_found`, whose message reads "does not exist").
      if (!editing && error instanceof ApiError && error.status === 409) {
        form.setFields([{ name: 'key', errors: [t('service.taxonomy.causes.keyTaken')] }]);
        return;
      }
      setFormError(applyApiError(form, error, ['key', 'parentId', 'nameZh', 'nameEn', 'routeTo', 'active']));
    }
  };

  const c = (key: string) => t(`service.taxonomy.causes.${key}`);
  return (
    <Modal
      open={edit !== null}
      title={c(editing ? 'editTitle' : 'createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(editing ? 'common.save' : 'common.create')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      afterClose={() => setFormError(null)}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false} requiredMark={false} initialValues={initialValues}>
        <Form.Item
          name="key"
          label={c('key')}
          extra={editing ? c('keyLocked') : c('keyHint')}
          rules={[{ required: true, pattern: /^[a-z0-9_]{2,60}$/, message: c('keyInvalid') }]}
        >
          <Input disabled={!!editing} autoComplete="off" maxLength={60} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="parentId" label={c('parent')}>
          <TreeSelect allowClear treeDefaultExpandAll placeholder={c('topLevel')} treeData={parentOptions} showSearch treeNodeFilterProp="title" />
        </Form.Item>
        <Form.Item name="nameZh" label={c('nameZh')} rules={[{ required: true, whitespace: true, max: 50, message: c('nameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="nameEn" label={c('nameEn')} rules={[{ required: true, whitespace: true, max: 80, message: c('nameRequired') }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="routeTo" label={c('routeTo')} extra={c('routeHint')}>
          <Select
            options={[
              { value: inherit, label: c('routeInherit') },
              ...causeRoutes.map((value) => ({ value, label: t(`service.common.routes.${value}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item name="active" label={c('active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
