import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows a secret (temporary password, API token) once, copyable, with a warning that it will not be shown again. */
export function SecretModal({ title, intro, secret, onClose }: { title: string; intro?: ReactNode; secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={<Button type="primary" onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('secret.notice')} style={{ marginBottom: 16 }} />
      {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
      <Typography.Paragraph
        copyable={{ text: secret ?? '', tooltips: [t('common.copy'), t('common.copied')] }}
        code
        style={{ fontSize: 16 }}
        data-testid="secret-value"
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
