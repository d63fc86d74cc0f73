import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useDeleteDepartment, useDepartments } from '../../hooks/use-departments.ts';
import { DepartmentModal } from './department-modal.tsx';

/** Admin list of departments: create, rename, delete (the API explains when a department still has members). */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const departments = useDepartments();
  const remove = useDeleteDepartment();
  const [modal, setModal] = useState<{ department: Department | null } | null>(null);

  const onDelete = (department: Department) =>
    remove.mutateAsync(department.id).then(
      () => void message.success(t('departments.deleted')),
      (error: Error) => void message.error(error.message),
    );

  const columns: TableColumnsType<Department> = [
    { title: t('departments.name'), dataIndex: 'name', key: 'name' },
    { title: t('departments.kind'), dataIndex: 'kind', key: 'kind', render: (kind: Department['kind']) => <Tag>{t(`departments.kinds.${kind}`)}</Tag> },
    { title: t('departments.memberCount'), dataIndex: 'memberCount', key: 'memberCount', align: 'right', width: 120 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, department) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setModal({ department })}>
            {t('departments.rename')}
          </Button>
          <Popconfirm title={t('departments.deleteConfirm', { name: department.name })} onConfirm={() => onDelete(department)}>
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('departments.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ department: null })}>
            {t('departments.create')}
          </Button>
        }
      />
      <Card>
        {departments.error && <QueryError error={departments.error} onRetry={() => void departments.refetch()} />}
        <Table<Department>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={departments.data ?? []}
          loading={departments.isPending}
          pagination={false}
          locale={{ emptyText: t('departments.empty') }}
        />
      </Card>
      <DepartmentModal open={modal !== null} department={modal?.department ?? null} onClose={() => setModal(null)} />
    </>
  );
}
