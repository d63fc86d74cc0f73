import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../hooks/use-me.ts';
import { applyLocale } from '../lib/locale.ts';
import { FullPageSpin } from './full-page-spin.tsx';

/** Renders the signed-in part of the app, or sends the visitor to the login page; applies the account's language. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data: me, isPending, error, refetch } = useMe();
  const accountLocale = me?.locale;

  useEffect(() => {
    if (accountLocale) applyLocale(accountLocale);
  }, [accountLocale]);

  if (isPending) return <FullPageSpin />;
  if (error) {
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        subTitle={error.message}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
