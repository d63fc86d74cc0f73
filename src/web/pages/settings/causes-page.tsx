import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCauses, useUpdateCause, type Cause } from '../../hooks/use-taxonomy.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { CauseModal, type CauseEdit } from './causes-modal.tsx';
import { buildCauseTree, type CauseTreeNode } from './causes-tree.ts';

const routeColors = { service: 'blue', rnd: 'purple', production: 'volcano', logistics: 'cyan' } as const;

/** Admin page of the complaint cause taxonomy 投诉原因: a tree with names in both languages, route and active flag. */
export function CausesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const causes = useCauses();
  const update = useUpdateCause();
  const [edit, setEdit] = useState<CauseEdit | null>(null);
  const tree = useMemo(() => buildCauseTree(causes.data ?? []), [causes.data]);
  const en = toLocale(i18n.language) === 'en';
  const c = (key: string) => t(`service.taxonomy.causes.${key}`);

  const toggle = (cause: Cause, active: boolean) =>
    update
      .mutateAsync({ id: cause.id, body: { parentId: cause.parentId, nameZh: cause.nameZh, nameEn: cause.nameEn, routeTo: cause.routeTo, active } })
      .then(
        () => void message.success(t(active ? 'service.taxonomy.causes.activated' : 'service.taxonomy.causes.deactivated')),
        (error: Error) => void message.error(error.message),
      );

  const columns: TableColumnsType<CauseTreeNode> = [
    {
      title: c('name'),
      key: 'name',
      render: (_, cause) => (
        <span style={{ opacity: cause.active ? 1 : 0.5 }}>
          <Typography.Text strong={cause.depth === 0}>{en ? cause.nameEn : cause.nameZh}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {en ? cause.nameZh : cause.nameEn}
          </Typography.Text>
        </span>
      ),
    },
    { title: c('key'), dataIndex: 'key', key: 'key', width: 260, render: (key: string) => <Typography.Text code>{key}</Typography.Text> },
    {
      title: c('routeTo'),
      dataIndex: 'routeTo',
      key: 'routeTo',
      width: 140,
      render: (route: Cause['routeTo']) =>
        route ? <Tag color={routeColors[route]}>{t(`service.common.routes.${route}`)}</Tag> : <Typography.Text type="secondary">{c('routeInheritShort')}</Typography.Text>,
    },
    {
      title: c('active'),
      dataIndex: 'active',
      key: 'active',
      width: 90,
      render: (active: boolean, cause) => (
        <Switch size="small" checked={active} onChange={(checked) => void toggle(cause, checked)} aria-label={c('active')} />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, cause) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEdit({ mode: 'edit', cause })}>
            {t('common.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setEdit({ mode: 'create', parentId: cause.id })}>
            {c('addChild')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={c('title')}
        description={c('description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEdit({ mode: 'create', parentId: null })}>
            {c('create')}
          </Button>
        }
      />
      <Card>
        {causes.error && <QueryError error={causes.error} onRetry={() => void causes.refetch()} />}
        {tree.length > 0 || causes.isPending ? (
          <Table<CauseTreeNode>
            key={tree.length > 0 ? 'loaded' : 'loading'}
            size="small"
            rowKey="id"
            columns={columns}
            dataSource={tree}
            loading={causes.isPending}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            scroll={{ x: 760 }}
          />
        ) : (
          <Table<CauseTreeNode> size="small" rowKey="id" columns={columns} dataSource={[]} pagination={false} locale={{ emptyText: c('empty') }} />
        )}
      </Card>
      <CauseModal edit={edit} causes={causes.data ?? []} onClose={() => setEdit(null)} />
    </>
  );
}
