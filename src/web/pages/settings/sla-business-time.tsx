import { useTranslation } from 'react-i18next';
import { toBusinessDuration } from './sla-format.ts';

/** Business minutes shown as working days, hours and minutes (9-hour days), e.g. "1 个工作日 3 小时". */
export function BusinessTime({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const d = toBusinessDuration(minutes);
  const parts = [
    d.days > 0 ? t('service.taxonomy.sla.days', { count: d.days }) : null,
    d.hours > 0 ? t('service.taxonomy.sla.hours', { count: d.hours }) : null,
    d.minutes > 0 ? t('service.taxonomy.sla.minutes', { count: d.minutes }) : null,
  ].filter(Boolean);
  return <span>{parts.length ? parts.join(' ') : t('service.taxonomy.sla.zero')}</span>;
}
