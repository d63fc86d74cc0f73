import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SimulationDebrief } from '../../../../shared/schemas/academy-simulator.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';

type Localized = SimulationDebrief['playbook']['signs'];

function Section({ title, items, ordered, danger }: { title: string; items: Localized[]; ordered?: boolean; danger?: boolean }) {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <List style={{ margin: 0, paddingInlineStart: 20 }}>
        {items.map((item, i) => (
          <li key={i}>{danger ? <Typography.Text type="danger">{pick(item, locale)}</Typography.Text> : pick(item, locale)}</li>
        ))}
      </List>
    </>
  );
}

/** The persona's playbook as the debrief carries it (the tickets' playbook, or the mild customer's hints). */
export function DebriefPlaybook({ playbook }: { playbook: SimulationDebrief['playbook'] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <Card title={t('simulator.debrief.playbook', { name: pick(playbook.name, locale) })}>
      <Flex vertical gap={6} data-testid="debrief-playbook">
        <Typography.Text type="secondary">{pick(playbook.signs, locale)}</Typography.Text>
        <Section title={t('simulator.debrief.approach')} items={playbook.approach} ordered />
        <Section title={t('simulator.debrief.avoid')} items={playbook.avoid} danger />
        <Section title={t('simulator.debrief.samples')} items={playbook.samplePhrases} />
        {playbook.toneHint && <Typography.Text type="secondary">{t('simulator.debrief.toneLine', { tone: pick(playbook.toneHint, locale) })}</Typography.Text>}
      </Flex>
    </Card>
  );
}
