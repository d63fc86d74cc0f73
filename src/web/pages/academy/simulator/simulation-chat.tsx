import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Popconfirm, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeReply } from '../../../../shared/coach/analyze-reply.ts';
import { MAX_MESSAGE_LENGTH, MAX_TURNS } from '../../../../shared/academy/simulator/types.ts';
import type { PersonaView, Simulation } from '../../../../shared/schemas/academy-simulator.ts';
import { UnderlinedText } from '../../../components/coach/underlined-text.tsx';
import { useCompanyCoachRules } from '../../../hooks/use-coach-rules.ts';
import { useEndSimulation, useSendSimulationMessage } from '../../../hooks/use-simulator.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { Bubble, ChatTurn } from './chat-turn.tsx';
import { MoodMeter } from './mood-meter.tsx';

/** The draft checked by the coach as it is typed (the same rules the server applies on send). */
function LiveCoach({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const companyRules = useCompanyCoachRules();
  const findings = useMemo(() => (text.length > MAX_MESSAGE_LENGTH ? [] : analyzeReply(text, { locale, extraRules: companyRules })), [text, locale, companyRules]);
  if (text.trim() === '') return null;
  if (findings.length === 0) {
    return (
      <Typography.Text type="success" style={{ fontSize: 12 }}>
        {t('simulator.chat.liveClean')}
      </Typography.Text>
    );
  }
  const marks = findings.map((f) => ({ start: f.start, end: f.end, tone: f.severity, title: f.suggestion }));
  return (
    <Flex vertical gap={4} data-testid="live-coach">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('simulator.chat.liveCoach')}
      </Typography.Text>
      <UnderlinedText text={text} marks={marks} style={{ fontSize: 13 }} />
      {findings.map((f, i) => (
        <Typography.Text key={`${f.ruleId}-${i}`} type="warning" style={{ fontSize: 12 }}>
          {`${f.message} ${t('simulator.chat.better')}${f.suggestion}`}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** The role-play itself: the conversation, the customer's mood, the composer with live coaching, and the end button. */
export function SimulationChat({ simulation, persona, onBack }: { simulation: Simulation; persona: PersonaView | undefined; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const [draft, setDraft] = useState('');
  const send = useSendSimulationMessage(simulation.id);
  const end = useEndSimulation(simulation.id);
  const bottom = useRef<HTMLDivElement>(null);
  const scenario = persona?.scenarios.find((s) => s.key === simulation.scenario);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'nearest' });
  }, [simulation.turns.length]);

  const submit = () => {
    if (draft.trim() === '' || send.isPending) return;
    send.mutate(draft, { onSuccess: () => setDraft('') });
  };
  const error = send.error ?? end.error;

  return (
    <Flex vertical gap={16} data-testid="simulation-chat">
      <Card size="small">
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Flex align="center" gap={12} wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
              {t('simulator.back')}
            </Button>
            <Typography.Text strong>{pick(persona?.name, locale)}</Typography.Text>
            <Typography.Text type="secondary">{pick(scenario?.title, locale)}</Typography.Text>
          </Flex>
          <MoodMeter mood={simulation.mood} />
          <Flex align="center" gap={12}>
            <Typography.Text type="secondary">{t('simulator.chat.turns', { turn: simulation.turnCount, max: MAX_TURNS })}</Typography.Text>
            <Popconfirm title={t('simulator.chat.endConfirm')} onConfirm={() => end.mutate()}>
              <Button danger loading={end.isPending}>
                {t('simulator.chat.end')}
              </Button>
            </Popconfirm>
          </Flex>
        </Flex>
      </Card>
      <Card>
        <Flex vertical gap={12} style={{ maxHeight: '55vh', overflowY: 'auto' }}>
          <Bubble side="customer" who={t('simulator.chat.customer')}>
            <Typography.Text>{pick(simulation.opening, locale)}</Typography.Text>
          </Bubble>
          {simulation.turns.map((turn) => (
            <ChatTurn key={turn.position} turn={turn} />
          ))}
          <div ref={bottom} />
        </Flex>
      </Card>
      {simulation.stage === 'closing' && <Alert type="success" showIcon title={t('simulator.chat.closingHint')} data-testid="closing-hint" />}
      {error && <Alert type="error" showIcon title={error.message} />}
      <Card size="small">
        <Flex vertical gap={8}>
          <Input.TextArea
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onPressEnter={(e) => {
              if (e.shiftKey || e.nativeEvent.isComposing) return;
              e.preventDefault();
              submit();
            }}
            placeholder={t('simulator.chat.placeholder')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={MAX_MESSAGE_LENGTH}
            aria-label={t('simulator.chat.placeholder')}
            data-testid="simulation-input"
          />
          <LiveCoach text={draft} />
          <Flex justify="flex-end" align="center" gap={12}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${draft.length} / ${MAX_MESSAGE_LENGTH}`}</Typography.Text>
            <Button type="primary" onClick={submit} loading={send.isPending} disabled={draft.trim() === ''}>
              {t('simulator.chat.send')}
            </Button>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
