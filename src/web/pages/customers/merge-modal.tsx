import { Alert, App, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api.ts';
import { useCustomerSearch, useMergeCustomer } from '../../hooks/use-customers.ts';

function MergeForm({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [q, setQ] = useState('');
  const [source, setSource] = useState<{ id: number; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = useCustomerSearch(q);
  const merge = useMergeCustomer(customer.id);
  const options = (search.data?.items ?? [])
    .filter((c) => c.id !== customer.id)
    .map((c) => ({ value: c.id, label: [c.name, c.primaryPhone, c.primaryEmail].filter(Boolean).join(' · '), name: c.name }));

  const confirm = () => {
    if (!source) {
      setError(t('customers.merge.pick'));
      return;
    }
    modal.confirm({
      title: t('customers.merge.title'),
      content: t('customers.merge.confirmText', { source: source.name, target: customer.name }),
      okText: t('customers.merge.confirm'),
      okButtonProps: { danger: true },
      onOk: () =>
        merge.mutateAsync(source.id).then(
          () => {
            void message.success(t('customers.merge.merged'));
            onClose();
          },
          (cause: Error) => setError(cause.message),
        ),
    });
  };

  return (
    <Modal open title={t('customers.merge.title')} onCancel={onClose} onOk={confirm} okText={t('customers.merge.confirm')} okButtonProps={{ danger: true }} confirmLoading={merge.isPending}>
      <Typography.Paragraph>{t('customers.merge.intro', { name: customer.name })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Select
        showSearch={{ filterOption: false, onSearch: setQ }}
        style={{ width: '100%' }}
        placeholder={t('customers.merge.search')}
        aria-label={t('customers.merge.search')}
        loading={search.isFetching}
        value={source?.id}
        options={options}
        notFoundContent={null}
        onChange={(id: number, option) => {
          setError(null);
          const picked = Array.isArray(option) ? option[0] : option;
          setSource({ id, name: picked?.name ?? String(id) });
        }}
      />
    </Modal>
  );
}

/** Merges another customer (picked by search) into this one, after a confirmation; admin and supervisor only. */
export function MergeModal({ customer, onClose }: { customer: Customer | null; onClose: () => void }) {
  return customer ? <MergeForm customer={customer} onClose={onClose} /> : null;
}
