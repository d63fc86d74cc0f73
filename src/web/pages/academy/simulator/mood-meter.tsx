import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { moodBand } from '../../../../shared/academy/simulator/mood.ts';
import { moodColor } from './simulator-text.ts';

/** The customer's current mood as a coloured bar with its band (calm, tense, furious). */
export function MoodMeter({ mood }: { mood: number }) {
  const { t } = useTranslation();
  const band = moodBand(mood);
  return (
    <Flex align="center" gap={8} style={{ minWidth: 220 }} data-testid="mood-meter" data-mood={mood} data-band={band}>
      <Typography.Text type="secondary">{t('simulator.mood.label')}</Typography.Text>
      <Progress percent={mood} showInfo={false} strokeColor={moodColor(mood)} style={{ flex: 1, margin: 0 }} aria-label={t('simulator.mood.label')} />
      <Typography.Text strong style={{ color: moodColor(mood), whiteSpace: 'nowrap' }}>
        {`${t(`simulator.mood.${band}`)} ${mood}`}
      </Typography.Text>
    </Flex>
  );
}
