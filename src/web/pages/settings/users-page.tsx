import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../shared/schemas/common.ts';
import type { Role, User } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { SecretModal } from '../../components/secret-modal.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useUsers } from '../../hooks/use-users.ts';
import { CreateUserModal } from './create-user-modal.tsx';
import { EditUserModal } from './edit-user-modal.tsx';
import { UserActions } from './user-actions.tsx';

type Revealed = { user: Pick<User, 'name' | 'email'>; password: string };

/** Admin list of users: filter by role, search, load more; create, edit, deactivate, reset password. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatDateTime();
  const [role, setRole] = useState<Role | undefined>();
  const [q, setQ] = useState('');
  const users = useUsers({ role, q: q || undefined });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);

  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: TableColumnsType<User> = [
    { title: t('users.name'), dataIndex: 'name', key: 'name' },
    { title: t('users.email'), dataIndex: 'email', key: 'email' },
    { title: t('users.role'), dataIndex: 'role', key: 'role', render: (value: Role) => <Tag color="blue">{t(`roles.${value}`)}</Tag> },
    { title: t('users.department'), dataIndex: 'departmentName', key: 'department', render: (value: string | null) => value ?? t('common.none') },
    { title: t('users.locale'), dataIndex: 'locale', key: 'locale', render: (value: User['locale']) => t(`locales.${value}`) },
    {
      title: t('users.status'),
      dataIndex: 'active',
      key: 'active',
      render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{t(active ? 'users.active' : 'users.inactive')}</Tag>,
    },
    { title: t('users.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (value: string) => format(value) },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => (
        <UserActions user={user} onEdit={setEditing} onPasswordReset={(u, password) => setRevealed({ user: u, password })} />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<Role>
            allowClear
            placeholder={t('users.filterRole')}
            style={{ width: 180 }}
            value={role}
            onChange={setRole}
            options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
          />
          <Input.Search allowClear placeholder={t('users.searchPlaceholder')} style={{ width: 260 }} onSearch={(value) => setQ(value.trim())} />
        </Flex>
        {users.error && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
        <Table<User>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={users.isPending}
          pagination={false}
          locale={{ emptyText: t('users.empty') }}
          scroll={{ x: 'max-content' }}
        />
        {users.hasNextPage && (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Flex>
        )}
      </Card>
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={({ user, temporaryPassword }) => {
          setCreating(false);
          if (temporaryPassword) setRevealed({ user, password: temporaryPassword });
          else void message.success(t('users.created'));
        }}
      />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <SecretModal
        title={t('users.tempPasswordTitle')}
        intro={revealed ? t('users.tempPasswordFor', { name: revealed.user.name, email: revealed.user.email }) : undefined}
        secret={revealed?.password ?? null}
        onClose={() => setRevealed(null)}
      />
    </>
  );
}
