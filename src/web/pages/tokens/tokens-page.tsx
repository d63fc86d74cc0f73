import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { SecretModal } from '../../components/secret-modal.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useRevokeToken, useTokens } from '../../hooks/use-tokens.ts';
import { CreateTokenModal } from './create-token-modal.tsx';

/** Every user's own API tokens: create (secret shown once, copyable) and revoke. */
export function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormatDateTime();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const onRevoke = (token: ApiToken) =>
    revoke.mutateAsync(token.id).then(
      () => void message.success(t('tokens.revokedMessage')),
      (error: Error) => void message.error(error.message),
    );

  const columns: TableColumnsType<ApiToken> = [
    { title: t('tokens.name'), dataIndex: 'name', key: 'name' },
    { title: t('tokens.prefix'), dataIndex: 'prefix', key: 'prefix', render: (value: string) => <Typography.Text code>{value}…</Typography.Text> },
    { title: t('tokens.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: (value: string) => format(value) },
    { title: t('tokens.lastUsedAt'), dataIndex: 'lastUsedAt', key: 'lastUsedAt', render: (value: string | null) => (value ? format(value) : t('tokens.never')) },
    {
      title: t('tokens.status'),
      key: 'status',
      render: (_, token) =>
        token.revokedAt ? <Tag>{`${t('tokens.revoked')} · ${format(token.revokedAt)}`}</Tag> : <Tag color="green">{t('tokens.active')}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm title={t('tokens.revokeConfirm')} onConfirm={() => onRevoke(token)}>
            <Button type="link" size="small" danger>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tokens.create')}
          </Button>
        }
      />
      <Card>
        {tokens.error && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
        <Table<ApiToken>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={tokens.data ?? []}
          loading={tokens.isPending}
          pagination={false}
          locale={{ emptyText: t('tokens.empty') }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={({ token }) => {
          setCreating(false);
          setSecret(token);
        }}
      />
      <SecretModal title={t('tokens.secretTitle')} secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
