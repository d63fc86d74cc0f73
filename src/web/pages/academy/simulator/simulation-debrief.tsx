import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Collapse, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonaView, Simulation, SimulationDebrief } from '../../../../shared/schemas/academy-simulator.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { Bubble, ChatTurn } from './chat-turn.tsx';
import { DebriefPlaybook } from './debrief-playbook.tsx';
import { MoodChart } from './mood-chart.tsx';

const outcomeColors = { accepted: 'green', walked_away: 'red', turn_limit: 'orange', ended: 'default' } as const;

function ScoreCard({ debrief, who }: { debrief: SimulationDebrief; who: string | null }) {
  const { t } = useTranslation();
  return (
    <Card title={t('simulator.debrief.score')} style={{ height: '100%' }}>
      <Flex vertical gap={12}>
        <Flex align="baseline" gap={12} wrap>
          <Typography.Text strong style={{ fontSize: 44, lineHeight: 1, color: debrief.passed ? '#389e0d' : '#d46b08' }} data-testid="debrief-score">
            {debrief.score}
          </Typography.Text>
          <Tag color={debrief.passed ? 'green' : 'orange'}>{t(debrief.passed ? 'simulator.debrief.passed' : 'simulator.debrief.failed')}</Tag>
          <Tag color={outcomeColors[debrief.outcome]} data-testid="debrief-outcome">
            {t(`simulator.outcome.${debrief.outcome}`)}
          </Tag>
          {who && <Tag>{who}</Tag>}
        </Flex>
        <Flex gap={8} wrap data-testid="debrief-breakdown">
          {(['steps', 'voices', 'language', 'sins', 'outcome'] as const).map((part) => (
            <Tag key={part}>{`${t(`simulator.debrief.breakdown.${part}`)} ${debrief.breakdown[part] > 0 ? '+' : ''}${debrief.breakdown[part]}`}</Tag>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

function StepsCard({ debrief }: { debrief: SimulationDebrief }) {
  const { t } = useTranslation();
  const kinds = debrief.questionKinds.map((k) => t(`simulator.debrief.questionKind.${k}`)).join('、');
  return (
    <Card title={t('simulator.debrief.steps')} style={{ height: '100%' }}>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap data-testid="debrief-steps">
          {debrief.steps.map((s, i) => (
            <Tag key={s.step} color={s.achieved ? 'green' : 'default'} icon={s.achieved ? <CheckCircleFilled /> : <MinusCircleOutlined />} data-testid={`step-${s.step}`} data-achieved={s.achieved}>
              {`${i + 1}. ${t(`simulator.debrief.step.${s.step}`)}`}
            </Tag>
          ))}
        </Flex>
        <Flex gap={8} wrap>
          {debrief.thankedFirst && <Tag color="blue">{t('simulator.debrief.thankedFirst')}</Tag>}
          {debrief.timeCommitment && <Tag color="blue">{t('simulator.debrief.timeCommitment')}</Tag>}
        </Flex>
        {kinds && <Typography.Text type="secondary">{t('simulator.debrief.questionKinds', { kinds })}</Typography.Text>}
      </Flex>
    </Card>
  );
}

function FindingsCard({ debrief }: { debrief: SimulationDebrief }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <Card title={t('simulator.debrief.findings')}>
      {debrief.findings.length === 0 ? (
        <Typography.Text type="success">{t('simulator.debrief.noFindings')}</Typography.Text>
      ) : (
        <Flex vertical gap={10} data-testid="debrief-findings">
          {debrief.findings.map((f, i) => (
            <Flex key={`${f.turn}-${f.ruleId}-${i}`} vertical gap={2}>
              <Flex gap={8} align="center" wrap>
                <Tag>{t('simulator.debrief.turn', { turn: f.turn })}</Tag>
                <Typography.Text delete type="danger">
                  {f.excerpt}
                </Typography.Text>
                <Typography.Text>{pick(f.message, locale)}</Typography.Text>
              </Flex>
              <Typography.Text type="success">{`${t('simulator.chat.better')}${pick(f.suggestion, locale)}`}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** The whole conversation: the customer's opening and every turn with its findings; a reviewer sees the trainee's name. */
function Transcript({ simulation, mine }: { simulation: Simulation; mine: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Bubble side="customer" who={t('simulator.chat.customer')}>
        <Typography.Text>{pick(simulation.opening, toLocale(i18n.language))}</Typography.Text>
      </Bubble>
      {simulation.turns.map((turn) => (
        <ChatTurn key={turn.position} turn={turn} trainee={mine ? undefined : simulation.userName} />
      ))}
    </Flex>
  );
}

/** The debrief: score and breakdown, the six steps, every finding with better wording, the mood curve and the playbook. */
export function SimulationDebriefView({ simulation, persona, mine, onAgain, onOther }: { simulation: Simulation; persona: PersonaView | undefined; mine: boolean; onAgain: () => void; onOther: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const debrief = simulation.debrief;
  const scenario = persona?.scenarios.find((s) => s.key === simulation.scenario);
  // A reviewer looking at someone's simulation still in progress sees the conversation so far.
  if (!debrief) {
    return (
      <Card title={`${simulation.userName} · ${pick(persona?.name, locale)} · ${pick(scenario?.title, locale)}`} extra={
          <Flex gap={8} align="center">
            <Tag color="processing">{t('simulator.list.inProgress')}</Tag>
            <Button onClick={onOther}>{t('simulator.back')}</Button>
          </Flex>
        }
      >
        <Transcript simulation={simulation} mine={mine} />
      </Card>
    );
  }
  return (
    <Flex vertical gap={16} data-testid="simulation-debrief">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {`${t('simulator.debrief.title')} · ${pick(persona?.name, locale)} · ${pick(scenario?.title, locale)}`}
        </Typography.Title>
        <Flex gap={8}>
          {mine && (
            <Button type="primary" onClick={onAgain}>
              {t('simulator.debrief.again')}
            </Button>
          )}
          <Button onClick={onOther}>{t('simulator.debrief.other')}</Button>
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ScoreCard debrief={debrief} who={mine ? null : simulation.userName} />
        </Col>
        <Col xs={24} lg={14}>
          <StepsCard debrief={debrief} />
        </Col>
      </Row>
      <Card title={t('simulator.debrief.moodCurve')}>
        <MoodChart curve={debrief.moodCurve} />
      </Card>
      <FindingsCard debrief={debrief} />
      <DebriefPlaybook playbook={debrief.playbook} />
      <Collapse
        items={[
          {
            key: 'transcript',
            label: t('simulator.debrief.transcript'),
            children: <Transcript simulation={simulation} mine={mine} />,
          },
        ]}
      />
    </Flex>
  );
}
