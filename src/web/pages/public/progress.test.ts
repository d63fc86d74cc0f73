import { describe, expect, it } from 'vitest';
import { publicProgress } from './progress.ts';

describe('publicProgress', () => {
  it('is "received" until someone answers or the work moves past listening', () => {
    expect(publicProgress('open', 'listen', false)).toMatchObject({ stage: 'received', index: 0, detail: 'received' });
    expect(publicProgress('open', null, false)).toMatchObject({ stage: 'received', detail: 'received' });
  });

  it('is "in progress" once answered, explained by the step or the waiting state', () => {
    expect(publicProgress('open', 'listen', true)).toMatchObject({ stage: 'inProgress', index: 1, detail: 'step_listen' });
    expect(publicProgress('open', 'resolve', false)).toMatchObject({ stage: 'inProgress', detail: 'step_resolve' });
    expect(publicProgress('open', null, true)).toMatchObject({ detail: 'working' });
    expect(publicProgress('pending_department', 'record', true)).toMatchObject({ detail: 'pending_department' });
    expect(publicProgress('escalated', 'ask', true)).toMatchObject({ detail: 'escalated' });
    expect(publicProgress('pending_customer', 'ask', true)).toMatchObject({ detail: 'pending_customer' });
  });

  it('ends as resolved or closed', () => {
    expect(publicProgress('resolved', 'close', true)).toMatchObject({ stage: 'done', index: 2, finalLabel: 'resolved' });
    expect(publicProgress('closed', null, true)).toMatchObject({ stage: 'done', index: 2, finalLabel: 'closed' });
  });
});
