import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useResetPassword, useUpdateUser } from '../../hooks/use-users.ts';

/** Row actions of the user table: edit, deactivate or reactivate, reset password. */
export function UserActions({
  user,
  onEdit,
  onPasswordReset,
}: {
  user: User;
  onEdit: (user: User) => void;
  onPasswordReset: (user: User, temporaryPassword: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const update = useUpdateUser();
  const reset = useResetPassword();

  const toggleActive = () =>
    update.mutateAsync({ id: user.id, body: { active: !user.active } }).then(
      () => void message.success(t(user.active ? 'users.deactivated' : 'users.reactivated')),
      (error: Error) => void message.error(error.message),
    );

  const resetPassword = () =>
    reset.mutateAsync(user.id).then(
      ({ temporaryPassword }) => onPasswordReset(user, temporaryPassword),
      (error: Error) => void message.error(error.message),
    );

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        {t('common.edit')}
      </Button>
      {user.id !== me.id && (
        <Popconfirm title={t(user.active ? 'users.deactivateConfirm' : 'users.reactivateConfirm')} onConfirm={toggleActive}>
          <Button type="link" size="small" danger={user.active}>
            {t(user.active ? 'users.deactivate' : 'users.reactivate')}
          </Button>
        </Popconfirm>
      )}
      <Popconfirm title={t('users.resetPasswordConfirm')} onConfirm={resetPassword}>
        <Button type="link" size="small">
          {t('users.resetPassword')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
