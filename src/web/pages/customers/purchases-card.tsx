import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, Entitlement, Purchase } from '../../api.ts';
import { useDeletePurchase } from '../../hooks/use-purchases.ts';
import { warrantyText } from '../../lib/customer-text.ts';
import { AddPurchaseModal } from './add-purchase-modal.tsx';

function WarrantyState({ warranty }: { warranty: Entitlement[] }) {
  const { t } = useTranslation();
  if (warranty.length === 0) return <Typography.Text type="secondary">{t('customers.purchase.noWarranty')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {warranty.map((w) => {
        const color = !w.active ? 'default' : w.daysLeft <= 7 ? 'orange' : 'green';
        return (
          <Tooltip key={w.commitmentId} title={`${w.name} · ${t(`commitments.conditions.${w.condition}`, { defaultValue: w.condition })}${w.nationwide ? ` · ${t('customers.purchase.nationwide')}` : ''}`}>
            <Tag color={color} style={{ whiteSpace: 'nowrap', width: 'fit-content' }} data-testid="warranty-state">
              {warrantyText(t, w)}
            </Tag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}

/** The customer's purchases with the warranty state under each service commitment; add and delete. */
export function PurchasesCard({ customer, writable }: { customer: Customer; writable: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const remove = useDeletePurchase(customer.id);
  const money = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'zh-CN', { style: 'currency', currency: 'CNY' });
  const none = t('common.none');

  const columns: TableColumnsType<Purchase> = [
    {
      key: 'product',
      title: t('customers.purchase.product'),
      render: (_, p) => (
        <>
          <Typography.Text strong>{p.productName}</Typography.Text>
          {p.productModel && <Typography.Text type="secondary"> {p.productModel}</Typography.Text>}
        </>
      ),
    },
    { key: 'serial', title: t('customers.purchase.serial'), render: (_, p) => p.serial ?? none },
    { key: 'purchasedOn', title: t('customers.purchase.purchasedOn'), dataIndex: 'purchasedOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
    { key: 'channel', title: t('customers.purchase.channel'), render: (_, p) => p.channel ?? none },
    { key: 'price', title: t('customers.purchase.price'), align: 'right', render: (_, p) => (p.price === null ? none : money.format(p.price)) },
    { key: 'warranty', title: t('customers.purchase.warranty'), render: (_, p) => <WarrantyState warranty={p.warranty} /> },
  ];
  if (writable) {
    columns.push({
      key: 'actions',
      width: 48,
      render: (_, p) => (
        <Popconfirm
          title={t('customers.purchase.deleteConfirm')}
          onConfirm={() =>
            remove.mutateAsync(p.id).then(
              () => void message.success(t('customers.purchase.deleted')),
              (error: Error) => void message.error(error.message),
            )
          }
        >
          <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('customers.purchase.delete')} />
        </Popconfirm>
      ),
    });
  }

  return (
    <Card
      size="small"
      title={t('customers.detail.purchases')}
      style={{ marginBottom: 16 }}
      extra={
        writable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('customers.purchase.add')}
          </Button>
        )
      }
    >
      <Table<Purchase>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={customer.purchases}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('customers.detail.noPurchases') }}
      />
      <AddPurchaseModal customerId={customer.id} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
