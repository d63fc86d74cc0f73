import { Card, Col, Empty, Flex, Progress, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentKey } from '../../../shared/academy/assessments.ts';
import type { AssessmentTeam, AssessmentView } from '../../../shared/schemas/academy.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useAssessmentTeam } from '../../hooks/use-academy.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { bandColor, bandOf, pick } from './academy-text.ts';

/** The trainer's view: how many team members fall in each band, and the average answer to each item. */
export function TeamView({ assessments }: { assessments: AssessmentView[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [key, setKey] = useState<AssessmentKey>(assessments[0].key);
  const team = useAssessmentTeam(key);
  const assessment = assessments.find((a) => a.key === key)!;

  return (
    <Flex vertical gap={16}>
      <Flex gap={16} align="center" wrap>
        <Segmented<AssessmentKey> value={key} onChange={setKey} options={assessments.map((a) => ({ value: a.key, label: pick(a.title, locale) }))} />
        <Typography.Text type="secondary">{t('academy.team.description')}</Typography.Text>
      </Flex>
      {team.error && <QueryError error={team.error} onRetry={() => void team.refetch()} />}
      {team.data &&
        (team.data.respondents === 0 ? (
          <Card>
            <Empty description={t('academy.team.empty')} />
          </Card>
        ) : (
          <TeamData assessment={assessment} team={team.data} />
        ))}
    </Flex>
  );
}

function TeamData({ assessment, team }: { assessment: AssessmentView; team: AssessmentTeam }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const formatDateTime = useFormatDateTime();
  const itemText = (n: number) => {
    const item = assessment.items[n - 1];
    return assessment.scale === 'frequency' ? pick(item.text, locale) : pick(item.positive, locale);
  };
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card style={{ height: '100%' }}>
            <Statistic title={t('academy.team.respondents')} value={team.respondents} />
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card title={t('academy.team.bands')} style={{ height: '100%' }}>
            <Flex vertical gap={8}>
              {team.bands.map((b) => (
                <Flex key={b.band} gap={12} align="center">
                  <Typography.Text style={{ width: 200, flexShrink: 0 }}>{pick(bandOf(assessment, b.band)?.title, locale)}</Typography.Text>
                  <Progress
                    status="normal"
                    percent={Math.round((b.count / team.respondents) * 100)}
                    strokeColor={bandColor(assessment, b.band)}
                    format={() => t('academy.team.personCount', { count: b.count })}
                    style={{ margin: 0 }}
                  />
                </Flex>
              ))}
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card title={t('academy.team.items')}>
        <Flex vertical gap={6}>
          {team.items.map((item) => (
            <Flex key={item.number} gap={12} align="center">
              <Typography.Text ellipsis style={{ width: 360, flexShrink: 0 }} title={itemText(item.number)}>
                {`${item.number}. ${itemText(item.number)}`}
              </Typography.Text>
              <Progress
                status="normal"
                percent={item.average === null ? 0 : Math.round(((item.average - assessment.min) / (assessment.max - assessment.min)) * 100)}
                format={() => (item.average === null ? t('academy.team.noAverage') : item.average.toFixed(1))}
                style={{ margin: 0 }}
              />
            </Flex>
          ))}
        </Flex>
      </Card>
      <Card title={t('academy.team.people')} styles={{ body: { padding: 0 } }}>
        <Table
          rowKey="userId"
          pagination={false}
          dataSource={team.people}
          columns={[
            { title: t('academy.team.name'), dataIndex: 'name' },
            { title: t('academy.team.total'), dataIndex: 'total' },
            { title: t('academy.team.band'), dataIndex: 'band', render: (band: string) => <Tag color={bandColor(assessment, band)}>{pick(bandOf(assessment, band)?.title, locale)}</Tag> },
            {
              title: t('academy.team.flags'),
              dataIndex: 'flags',
              render: (flags: string[]) => flags.map((f) => <Tag key={f} color="warning">{t(`academy.flags.${f}`, { defaultValue: f })}</Tag>),
            },
            { title: t('academy.team.date'), dataIndex: 'createdAt', render: (iso: string) => formatDateTime(iso) },
          ]}
        />
      </Card>
    </>
  );
}
