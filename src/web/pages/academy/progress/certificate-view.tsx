import { Alert, Button, Flex, Modal, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../hooks/use-me.ts';
import { useCertificate } from '../../../hooks/use-progress.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { formatDay, kindColors } from './progress-text.ts';

// Printing shows only the certificate: everything else on the page is hidden for the printer.
const printCss = `@media print {
  body * { visibility: hidden !important; }
  .lt-certificate, .lt-certificate * { visibility: visible !important; }
  .lt-certificate { position: fixed; inset: 0; margin: 0 !important; }
  .lt-no-print { display: none !important; }
}`;

/** A certificate in a dialog, laid out to print on its own. */
export function CertificateView({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { data: me } = useMe();
  const certificate = useCertificate(id);
  const timeZone = me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const c = certificate.data;
  return (
    <Modal
      open
      width={860}
      onCancel={onClose}
      title={null}
      footer={
        <Flex justify="end" gap={8} className="lt-no-print">
          <Button onClick={onClose}>{t('academyProgress.certificate.close')}</Button>
          <Button type="primary" disabled={!c} onClick={() => window.print()}>
            {t('academyProgress.certificate.print')}
          </Button>
        </Flex>
      }
    >
      <style>{printCss}</style>
      {certificate.isPending && <Skeleton active />}
      {certificate.error && <Alert type="warning" showIcon title={t('academyProgress.certificate.notFound')} />}
      {c && (
        <div className="lt-certificate" data-testid="certificate" style={{ margin: 8, padding: 10, border: '3px double #b08d3c', background: '#fffdf6' }}>
          <div style={{ border: '1px solid #d8c291', padding: '48px 56px', textAlign: 'center' }}>
            <div style={{ fontSize: 14, letterSpacing: 6, color: '#8c6d1f' }}>{t('academyProgress.certificate.issuer')}</div>
            <div style={{ fontSize: 36, fontWeight: 600, letterSpacing: locale === 'en' ? 1 : 12, margin: '16px 0 28px', color: '#5c4510' }}>
              {t('academyProgress.certificate.heading')}
            </div>
            <div style={{ fontSize: 28, fontWeight: 600, marginBottom: 20 }} data-testid="certificate-name">
              {c.name}
            </div>
            <div style={{ fontSize: 16, lineHeight: 2, maxWidth: 560, margin: '0 auto 24px' }}>{t('academyProgress.certificate.body', { name: c.name, title: c.title })}</div>
            {c.items.length > 0 && (
              <Flex vertical gap={6} align="center" style={{ marginBottom: 28 }}>
                <div style={{ color: '#8c6d1f' }}>{t('academyProgress.certificate.contents')}</div>
                <Flex gap={6} wrap justify="center">
                  {c.items.map((item) => (
                    <Tag key={`${item.kind}:${item.ref}`} color={kindColors[item.kind]}>
                      {`${t(`academyProgress.kinds.${item.kind}`)} · ${pick(item.title, locale)}`}
                    </Tag>
                  ))}
                </Flex>
              </Flex>
            )}
            <Flex justify="space-between" style={{ marginTop: 32, color: '#5c4510' }}>
              <span>{t('academyProgress.certificate.issuer')}</span>
              <span>{t('academyProgress.certificate.issued', { date: formatDay(c.issuedAt, timeZone, locale) })}</span>
            </Flex>
          </div>
        </div>
      )}
    </Modal>
  );
}
