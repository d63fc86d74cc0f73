import { Alert, Button, Card, Flex, Progress, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentView } from '../../../shared/schemas/academy.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useAssessmentResults, useScoreAssessment, type AssessmentScore } from '../../hooks/use-academy.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { bandColor, bandOf, pick } from './academy-text.ts';
import { HistoryChart } from './history-chart.tsx';

/** One assessment: every item on its own row, then the scored result with the band and the person's history. */
export function AssessmentPlayer({ assessment, onBack }: { assessment: AssessmentView; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => assessment.items.map(() => undefined));
  const [score, setScore] = useState<AssessmentScore | null>(null);
  const submit = useScoreAssessment();
  const history = useAssessmentResults(assessment.key);
  const answered = answers.filter((a) => a !== undefined).length;
  const total = assessment.items.length;

  const restart = () => {
    setAnswers(assessment.items.map(() => undefined));
    setScore(null);
    submit.reset();
    window.scrollTo({ top: 0 });
  };
  const send = async () => {
    const result = await submit.mutateAsync({ key: assessment.key, answers: answers.map((a) => a ?? -1) }).catch(() => null);
    if (result) {
      setScore(result);
      window.scrollTo({ top: 0 });
    }
  };

  const values = Array.from({ length: assessment.max - assessment.min + 1 }, (_, i) => assessment.min + i);

  return (
    <Flex vertical gap={16}>
      <div>
        <Button type="link" onClick={onBack} style={{ paddingInline: 0 }}>
          {`← ${t('academy.player.back')}`}
        </Button>
        <Typography.Title level={4} style={{ margin: '4px 0 8px' }}>
          {pick(assessment.title, locale)}
        </Typography.Title>
        {!score && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{pick(assessment.intro, locale)}</Typography.Paragraph>}
      </div>

      {score ? (
        <ResultCard assessment={assessment} score={score} onRetake={restart} onBack={onBack} />
      ) : (
        <Card
          title={t('academy.player.progress', { answered, total })}
          extra={<Progress percent={Math.round((answered / total) * 100)} showInfo={false} style={{ width: 160, margin: 0 }} size="small" />}
          styles={{ body: { padding: 0 } }}
        >
          {assessment.items.map((item, index) => {
            const onChange = (value: number) => setAnswers((old) => old.map((a, i) => (i === index ? value : a)));
            const group = (
              <Radio.Group
                aria-label={t('academy.player.item', { number: item.number })}
                optionType="button"
                buttonStyle="solid"
                value={answers[index]}
                onChange={(e) => onChange(e.target.value as number)}
                options={values.map((v) => ({
                  value: v,
                  label: assessment.scale === 'frequency' ? pick(assessment.scaleLabels[v - assessment.min], locale) : String(v),
                }))}
              />
            );
            return (
              <div
                key={item.number}
                data-testid={`item-${item.number}`}
                style={{ padding: '14px 24px', borderTop: index === 0 ? undefined : '1px solid #f0f0f0', background: answers[index] === undefined ? undefined : '#fafcff' }}
              >
                {assessment.scale === 'frequency' ? (
                  <Flex gap={16} align="center" justify="space-between" wrap>
                    <Typography.Text style={{ flex: '1 1 320px' }}>
                      <Typography.Text type="secondary" style={{ display: 'inline-block', minWidth: 28 }}>{`${item.number}.`}</Typography.Text>
                      {pick(item.text, locale)}
                    </Typography.Text>
                    {group}
                  </Flex>
                ) : (
                  <div style={{ display: 'grid', gridTemplateColumns: '28px minmax(120px, 1fr) auto minmax(120px, 1fr)', gap: 16, alignItems: 'center' }}>
                    <Typography.Text type="secondary">{`${item.number}.`}</Typography.Text>
                    <Typography.Text style={{ textAlign: 'right' }}>{pick(item.negative, locale)}</Typography.Text>
                    {group}
                    <Typography.Text>{pick(item.positive, locale)}</Typography.Text>
                  </div>
                )}
              </div>
            );
          })}
          <Flex vertical gap={12} style={{ padding: '16px 24px', borderTop: '1px solid #f0f0f0' }}>
            {submit.error && <Alert type="error" showIcon title={t('academy.player.failed')} description={submit.error.message} />}
            <Flex gap={12} align="center" wrap>
              <Button type="primary" onClick={send} loading={submit.isPending} disabled={answered < total}>
                {t('academy.player.submit')}
              </Button>
              {answered < total && <Typography.Text type="secondary">{t('academy.player.remaining', { count: total - answered })}</Typography.Text>}
            </Flex>
          </Flex>
        </Card>
      )}

      <Card title={t('academy.history.title')}>
        {history.error ? <QueryError error={history.error} onRetry={() => void history.refetch()} /> : history.data && <HistoryChart assessment={assessment} results={history.data} />}
      </Card>
    </Flex>
  );
}

function ResultCard({ assessment, score, onRetake, onBack }: { assessment: AssessmentView; score: AssessmentScore; onRetake: () => void; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const band = bandOf(assessment, score.band);
  const low = assessment.min * assessment.items.length;
  const high = assessment.max * assessment.items.length;
  const color = bandColor(assessment, score.band);
  return (
    <Card title={t('academy.result.title')} data-testid="assessment-result">
      <Flex gap={32} align="center" wrap>
        <Progress
          type="circle"
          percent={Math.round(((score.total - low) / (high - low)) * 100)}
          strokeColor={color}
          format={() => (
            <Flex vertical align="center">
              <span data-testid="result-total" style={{ fontSize: 32, fontWeight: 600 }}>{score.total}</span>
              <span style={{ fontSize: 12, color: '#8c8c8c' }}>{t('academy.result.total')}</span>
            </Flex>
          )}
        />
        <Flex vertical gap={8} style={{ flex: '1 1 360px' }}>
          <div>
            <Tag color={color} data-testid="result-band" style={{ fontSize: 15, padding: '4px 10px' }}>
              {pick(band?.title, locale)}
            </Tag>
          </div>
          <Typography.Paragraph style={{ margin: 0 }}>{pick(band?.advice, locale)}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {t('academy.result.range', { min: low, max: high })}
            {band && ` · ${t('academy.result.bandRange', { min: band.min, max: band.max })}`}
          </Typography.Text>
        </Flex>
      </Flex>
      {score.flags.includes('inconsistent') && (
        <Alert
          type="warning"
          showIcon
          data-testid="inconsistent-warning"
          style={{ marginTop: 16 }}
          title={t('academy.result.inconsistentTitle')}
          description={t('academy.result.inconsistentBody', { items: assessment.consistencyItems.join(locale === 'en' ? ', ' : '、') })}
        />
      )}
      <Flex gap={12} style={{ marginTop: 16 }}>
        <Button type="primary" onClick={onRetake}>{t('academy.result.retake')}</Button>
        <Button onClick={onBack}>{t('academy.result.back')}</Button>
      </Flex>
    </Card>
  );
}
