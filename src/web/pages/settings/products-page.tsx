import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product, ProductBody } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCreateProduct, useProducts } from '../../hooks/use-purchases.ts';
import { applyApiError } from '../../lib/form-errors.ts';

/** Admin list of the product catalogue, with a one-line form to add a product. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const products = useProducts();
  const create = useCreateProduct();
  const [form] = Form.useForm<ProductBody>();
  const [formError, setFormError] = useState<string | null>(null);
  const none = t('common.none');

  const submit = async (values: ProductBody) => {
    setFormError(null);
    try {
      await create.mutateAsync({ name: values.name, model: values.model?.trim() || null, category: values.category?.trim() || null });
      form.resetFields();
      void message.success(t('products.created'));
    } catch (error) {
      setFormError(applyApiError(form, error, ['name', 'model', 'category']));
    }
  };

  return (
    <>
      <PageHeader title={t('products.title')} description={t('products.description')} />
      <Card>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="inline" onFinish={(values) => void submit(values)} style={{ marginBottom: 16 }} requiredMark={false}>
          <Space wrap>
            <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('products.nameRequired') }]}>
              <Input placeholder={t('products.name')} aria-label={t('products.name')} maxLength={100} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="model">
              <Input placeholder={t('products.model')} aria-label={t('products.model')} maxLength={50} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="category">
              <Input placeholder={t('products.category')} aria-label={t('products.category')} maxLength={50} style={{ width: 140 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
              {t('products.create')}
            </Button>
          </Space>
        </Form>
        {products.error && <QueryError error={products.error} onRetry={() => void products.refetch()} />}
        <Table<Product>
          size="small"
          rowKey="id"
          dataSource={products.data ?? []}
          loading={products.isPending}
          pagination={products.data && products.data.length > 50 ? { pageSize: 50, size: 'small' } : false}
          locale={{ emptyText: t('products.empty') }}
          columns={[
            { key: 'name', title: t('products.name'), dataIndex: 'name' },
            { key: 'model', title: t('products.model'), render: (_, p) => p.model ?? none },
            { key: 'category', title: t('products.category'), render: (_, p) => p.category ?? none },
          ]}
        />
      </Card>
    </>
  );
}
