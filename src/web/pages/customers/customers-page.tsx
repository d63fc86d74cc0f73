import { DownOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Empty, Flex, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, type CustomerFilters, type CustomerListItem } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCustomers } from '../../hooks/use-customers.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { canManageCustomers, canWriteCustomers } from '../../lib/access.ts';
import { filtersFromParams, filtersToParams } from '../../lib/customer-filters.ts';
import { ColumnChooser, useCustomerColumns, useVisibleColumns } from './customer-columns.tsx';
import { CustomerFilterBar } from './customer-filter-bar.tsx';
import { CreateCustomerModal } from './create-customer-modal.tsx';
import { ImportWizard } from './import-wizard.tsx';

/** The customer list: filters in the URL, keyset "load more", column choice, create, import and export. */
export function CustomersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const customers = useCustomers(filters);
  const [visible, setVisible] = useVisibleColumns();
  const columns = useCustomerColumns(visible);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const rows = customers.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(filters).length > 0;
  const phoneTooShort = filters.q !== undefined && /^\d{1,2}$/.test(filters.q);
  const setFilters = (next: CustomerFilters) => setParams(filtersToParams(next), { replace: true });

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      await api.exportCustomers(filters, format);
      void message.success(t('customers.exported'));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  const actions = (
    <Space wrap>
      {canManageCustomers(me.role) && (
        <>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            {t('customers.import')}
          </Button>
          <Dropdown
            menu={{
              items: [
                { key: 'csv', label: t('customers.exportCsv') },
                { key: 'xlsx', label: t('customers.exportXlsx') },
              ],
              onClick: ({ key }) => void exportAs(key as 'csv' | 'xlsx'),
            }}
          >
            <Button loading={exporting}>
              {t('customers.export')} <DownOutlined />
            </Button>
          </Dropdown>
        </>
      )}
      {canWriteCustomers(me.role) && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('customers.create')}
        </Button>
      )}
    </Space>
  );

  return (
    <>
      <PageHeader title={t('customers.title')} extra={actions} />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <CustomerFilterBar key={params.toString()} filters={filters} onChange={setFilters} />
          <ColumnChooser visible={visible} onChange={setVisible} />
        </Flex>
        {phoneTooShort && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            {t('customers.searchHint')}
          </Typography.Paragraph>
        )}
        {customers.error && <QueryError error={customers.error} onRetry={() => void customers.refetch()} />}
        <Table<CustomerListItem>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={customers.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(filtered ? 'customers.emptyFiltered' : 'customers.empty')} />,
          }}
        />
        {customers.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void customers.fetchNextPage()} loading={customers.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
      <CreateCustomerModal open={creating} onClose={() => setCreating(false)} />
      {canManageCustomers(me.role) && <ImportWizard open={importing} onClose={() => setImporting(false)} />}
    </>
  );
}
