import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { LoginBody } from '../../api.ts';
import { Brand } from '../../components/brand.tsx';
import { FullPageSpin } from '../../components/full-page-spin.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useLogin, useMe } from '../../hooks/use-me.ts';

function targetAfterLogin(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/desk';
}

/** Email and password sign-in; the API's one generic message is shown on failure. */
export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: me, isPending } = useMe();
  const login = useLogin();

  if (isPending) return <FullPageSpin />;
  if (me) return <Navigate to={targetAfterLogin(location.state)} replace />;

  const submit = (values: LoginBody) =>
    login.mutate(values, { onSuccess: () => navigate(targetAfterLogin(location.state), { replace: true }) });

  return (
    <Flex vertical style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #eef4ff 0%, #f5f7fa 60%)' }}>
      <Flex justify="flex-end" style={{ padding: '16px 24px' }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 24 }}>
        <Card style={{ width: 380, boxShadow: '0 8px 24px rgba(31, 111, 235, 0.08)' }}>
          <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
            <Brand size={22} />
            <Typography.Title level={4} style={{ margin: '16px 0 0' }}>
              {t('login.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </Flex>
          {login.error && <Alert type="error" showIcon title={login.error.message} style={{ marginBottom: 16 }} role="alert" />}
          <Form<LoginBody> layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="email" label={t('login.email')} rules={[{ required: true, message: t('login.emailRequired') }]}>
              <Input prefix={<MailOutlined />} autoComplete="username" autoFocus inputMode="email" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
      </Flex>
    </Flex>
  );
}
