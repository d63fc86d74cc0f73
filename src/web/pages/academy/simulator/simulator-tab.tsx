import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PersonaKey } from '../../../../shared/academy/simulator/types.ts';
import type { PersonaView } from '../../../../shared/schemas/academy-simulator.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useCurrentUser } from '../../../hooks/use-me.ts';
import { usePersonas, useSimulation, useStartSimulation } from '../../../hooks/use-simulator.ts';
import { PersonaGrid, ScenarioPicker } from './persona-picker.tsx';
import { SimulationChat } from './simulation-chat.tsx';
import { SimulationDebriefView } from './simulation-debrief.tsx';
import { SimulationList } from './simulation-list.tsx';

const reviewers = new Set(['trainer', 'supervisor', 'admin']);

type Go = (next: { persona?: string; sim?: number }) => void;

/** One simulation: the chat while it runs, the debrief once it has ended. */
function SimulationView({ id, personas, go }: { id: number; personas: PersonaView[]; go: Go }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const query = useSimulation(id);
  const start = useStartSimulation();
  if (query.error) {
    return (
      <Flex vertical gap={12}>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
        <Button onClick={() => go({})} style={{ alignSelf: 'flex-start' }}>
          {t('simulator.back')}
        </Button>
      </Flex>
    );
  }
  if (!query.data) return <Skeleton active />;
  const simulation = query.data;
  const persona = personas.find((p) => p.key === simulation.persona);
  const mine = simulation.userId === me.id;
  if (simulation.status === 'active' && mine) return <SimulationChat simulation={simulation} persona={persona} onBack={() => go({})} />;
  const again = () => start.mutate({ persona: simulation.persona, scenario: simulation.scenario }, { onSuccess: (s) => go({ sim: s.id }) });
  return <SimulationDebriefView simulation={simulation} persona={persona} mine={mine} onAgain={again} onOther={() => go({})} />;
}

/**
 * Role-play with difficult-customer personas. Navigation lives in search params beside `tab`: `persona` opens the
 * scenario choice (a deep link other features use), `sim` a simulation (its chat, or its debrief once ended).
 */
export function SimulatorTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const personas = usePersonas();
  const start = useStartSimulation();
  const go: Go = (next) => {
    const entries = Object.entries({ tab: 'simulator', ...next }).filter(([, v]) => v !== undefined);
    setParams(Object.fromEntries(entries.map(([k, v]) => [k, String(v)])));
  };

  if (personas.error) return <QueryError error={personas.error} onRetry={() => void personas.refetch()} />;
  if (!personas.data) return <Skeleton active />;
  const list = personas.data.personas;
  const simId = Number(params.get('sim'));
  if (Number.isInteger(simId) && simId > 0) return <SimulationView key={simId} id={simId} personas={list} go={go} />;

  const chosen = list.find((p) => p.key === params.get('persona'));
  if (chosen) {
    return (
      <Flex vertical gap={12}>
        {start.error && <Alert type="error" showIcon title={start.error.message} />}
        <ScenarioPicker
          persona={chosen}
          starting={start.isPending}
          onBack={() => go({})}
          onStart={(scenario) => start.mutate({ persona: chosen.key as PersonaKey, scenario }, { onSuccess: (s) => go({ sim: s.id }) })}
        />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('simulator.intro')}
      </Typography.Paragraph>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('simulator.pickPersona')}
      </Typography.Title>
      <PersonaGrid personas={list} onChoose={(key) => go({ persona: key })} />
      <SimulationList scope="mine" personas={list} onOpen={(id) => go({ sim: id })} />
      {reviewers.has(me.role) && <SimulationList scope="team" personas={list} onOpen={(id) => go({ sim: id })} />}
    </Flex>
  );
}
