import { EditOutlined, SaveOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Empty, Flex, Form, Input, List, Modal, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useCreateView, useDeleteView, useTicketViews, useUpdateView, type TicketView, type TicketViewFilters } from '../../hooks/use-ticket-files.ts';
import { useTicketErrorHandler } from '../../hooks/use-ticket-errors.ts';
import { isSupervisorRole } from '../../lib/access.ts';
import { sameFilters } from './list-filters.ts';

type Props = { filters: TicketViewFilters; activeId: number | null; onApply: (view: TicketView | null) => void };

/** Saved views: pick one to apply its filters, save the current filters, update, rename or delete views. */
export function ViewPicker({ filters, activeId, onApply }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const views = useTicketViews();
  const update = useUpdateView();
  const onError = useTicketErrorHandler(0);
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const list = views.data ?? [];
  const active = list.find((v) => v.id === activeId) ?? null;
  const modified = active !== null && !sameFilters(active.filters, filters);
  const group = (mine: boolean) => list.filter((v) => v.mine === mine).map((v) => ({ value: v.id, label: v.name }));

  const refresh = async () => {
    if (!active) return;
    try {
      await update.mutateAsync({ id: active.id, body: { filters } });
      void message.success(t('work.views.updated'));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <Space wrap size={8}>
      <Select<number>
        size="small"
        allowClear
        placeholder={t('work.views.placeholder')}
        aria-label={t('work.views.label')}
        value={active?.id}
        loading={views.isPending}
        onChange={(id) => onApply(list.find((v) => v.id === id) ?? null)}
        options={[
          { label: t('work.views.mine'), options: group(true) },
          { label: t('work.views.shared'), options: group(false) },
        ].filter((g) => g.options.length > 0)}
        notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.views.empty')} />}
        popupMatchSelectWidth={false}
        style={{ minWidth: 180 }}
        data-testid="view-select"
      />
      {modified && <Typography.Text type="secondary">{t('work.views.modified')}</Typography.Text>}
      {modified && active.editable && (
        <Button size="small" onClick={() => void refresh()} loading={update.isPending}>
          {t('work.views.update')}
        </Button>
      )}
      <Button size="small" icon={<SaveOutlined />} onClick={() => setSaving(true)} data-testid="view-save">
        {t('work.views.save')}
      </Button>
      <Tooltip title={t('work.views.manage')}>
        <Button size="small" icon={<SettingOutlined />} aria-label={t('work.views.manage')} onClick={() => setManaging(true)} />
      </Tooltip>
      {saving && <SaveViewModal filters={filters} onClose={() => setSaving(false)} onSaved={onApply} />}
      {managing && <ManageViewsModal views={list} onClose={() => setManaging(false)} />}
    </Space>
  );
}

function SaveViewModal({ filters, onClose, onSaved }: { filters: TicketViewFilters; onClose: () => void; onSaved: (view: TicketView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const create = useCreateView();
  const onError = useTicketErrorHandler(0);
  const [form] = Form.useForm<{ name: string; shared: boolean }>();
  const empty = Object.values(filters).every((v) => v === undefined);
  const submit = async ({ name, shared }: { name: string; shared: boolean }) => {
    try {
      const view = (await create.mutateAsync({ name, filters, shared })) as TicketView;
      void message.success(t('work.views.saved', { name: view.name }));
      onSaved(view);
      onClose();
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Modal open title={t('work.views.saveTitle')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} okButtonProps={{ disabled: empty, ...({ 'data-testid': 'view-save-ok' } as Record<string, string>) }} destroyOnHidden>
      {empty && <Typography.Paragraph type="warning">{t('work.views.noFilters')}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ name: '', shared: false }} onFinish={(v) => void submit(v)}>
        <Form.Item name="name" label={t('work.views.name')} rules={[{ required: true, whitespace: true, message: t('work.views.nameRequired') }]}>
          <Input maxLength={60} placeholder={t('work.views.namePlaceholder')} autoFocus data-testid="view-name" />
        </Form.Item>
        <Form.Item name="shared" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox disabled={!isSupervisorRole(me.role)}>
            {isSupervisorRole(me.role) ? t('work.views.share') : t('work.views.shareOnlySupervisors')}
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ManageViewsModal({ views, onClose }: { views: TicketView[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateView();
  const remove = useDeleteView();
  const onError = useTicketErrorHandler(0);
  const run = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      void message.success(t(done));
    } catch (error) {
      onError(error);
    }
  };
  return (
    <Modal open title={t('work.views.manage')} onCancel={onClose} footer={null} destroyOnHidden>
      <List<TicketView>
        size="small"
        dataSource={views}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.views.empty')} /> }}
        renderItem={(view) => (
          <List.Item
            actions={
              view.editable
                ? [
                    <Popconfirm key="delete" title={t('work.views.deleteConfirm', { name: view.name })} onConfirm={() => run(() => remove.mutateAsync(view.id), 'work.views.deleted')}>
                      <Button size="small" type="link" danger>
                        {t('work.views.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Flex gap={8} align="center" wrap>
              <Typography.Text
                editable={view.editable ? { icon: <EditOutlined aria-label={t('work.views.rename')} />, maxLength: 60, onChange: (name) => name.trim() && name !== view.name && void run(() => update.mutateAsync({ id: view.id, body: { name: name.trim() } }), 'work.views.renamed') } : false}
              >
                {view.name}
              </Typography.Text>
              {view.shared && <Tag color="blue">{t('work.views.sharedTag')}</Tag>}
              {!view.mine && <Typography.Text type="secondary">{t('work.views.by', { name: view.ownerName })}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
    </Modal>
  );
}
