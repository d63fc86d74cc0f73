import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api.ts';
import { levelColors, riskBandOf, riskColors, tierColors } from '../../lib/customer-text.ts';

/** The maturity tier as a coloured tag with its Chinese (or English) name. */
export function TierTag({ tier }: { tier: Customer['tier'] }) {
  const { t } = useTranslation();
  return <Tag color={tierColors[tier]}>{t(`customers.tiers.${tier}`)}</Tag>;
}

/** The relationship level as a coloured tag. */
export function LevelTag({ level }: { level: Customer['level'] }) {
  const { t } = useTranslation();
  return <Tag color={levelColors[level]}>{t(`customers.levels.${level}`)}</Tag>;
}

/** The churn-risk score as a badge coloured by its band. */
export function RiskTag({ score }: { score: number }) {
  const { t } = useTranslation();
  const band = riskBandOf(score);
  return (
    <Tag color={riskColors[band]} style={{ marginInlineEnd: 0 }}>
      {t('customers.riskBadge', { band: t(`customers.bands.${band}`), score })}
    </Tag>
  );
}

/** The next contact date with an overdue (or due today) badge. */
export function NextContact({ dueOn, overdue, today }: { dueOn: string; overdue: boolean; today: string }) {
  const { t } = useTranslation();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {dueOn}{' '}
      {overdue ? (
        <Tag color="red">{t('customers.overdue')}</Tag>
      ) : (
        dueOn === today && <Tag color="orange">{t('customers.dueToday')}</Tag>
      )}
    </span>
  );
}
