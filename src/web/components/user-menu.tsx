import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../hooks/use-me.ts';
import { ChangePasswordModal } from './change-password-modal.tsx';

/** The user's name and role in the header, with change password, API tokens and log out. */
export function UserMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const [passwordOpen, setPasswordOpen] = useState(false);

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <Flex vertical style={{ minWidth: 180 }}>
          <Typography.Text strong>{me.name}</Typography.Text>
          <Typography.Text type="secondary">{me.email}</Typography.Text>
          <Typography.Text type="secondary">
            {t(`roles.${me.role}`)}
            {me.department ? ` · ${me.department.name}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <LockOutlined />, label: t('header.changePassword') },
    { key: 'tokens', icon: <KeyOutlined />, label: t('header.myTokens') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setPasswordOpen(true);
    if (key === 'tokens') navigate('/account/tokens');
    if (key === 'logout') {
      logout.mutate(undefined, {
        onSuccess: () => navigate('/login', { replace: true }),
        onError: (error) => void message.error(error.message),
      });
    }
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" data-testid="user-menu" style={{ height: 40 }}>
          <Flex align="center" gap={8}>
            <Avatar size="small" style={{ backgroundColor: '#1f6feb' }}>
              {me.name.slice(0, 1)}
            </Avatar>
            <span>{me.name}</span>
            <Typography.Text type="secondary">{t(`roles.${me.role}`)}</Typography.Text>
            <DownOutlined style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
}
