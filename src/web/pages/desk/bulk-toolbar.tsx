// The desk's bulk actions on a selection of tickets: assign (to anyone for supervisors, to oneself for
// agents), change priority, add a tag. One call to `/tickets/bulk` each, all or nothing.
import { CloseOutlined, TagOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorities, type Priority } from '../../../shared/tickets/model.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useAssignees, useBulkUpdate, type BulkUpdateBody } from '../../hooks/use-supervision.ts';
import { isSupervisorRole } from '../../lib/access.ts';

/** The toolbar shown above the desk table while tickets are selected. */
export function BulkToolbar({ selected, onDone, onClear }: { selected: number[]; onDone: () => void; onClear: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const supervisor = isSupervisorRole(me.role);
  const assignees = useAssignees(supervisor);
  const bulk = useBulkUpdate();
  const [tag, setTag] = useState('');
  const [running, setRunning] = useState<'assign' | 'priority' | 'tag' | null>(null);

  const run = async (kind: 'assign' | 'priority' | 'tag', change: Omit<BulkUpdateBody, 'ids'>) => {
    setRunning(kind);
    try {
      const { updated } = await bulk.mutateAsync({ ids: selected, ...change });
      void message.success(t('work.bulk.done', { count: updated }));
      if (kind === 'tag') setTag('');
      onDone();
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(null);
    }
  };
  const addTag = () => {
    const value = tag.trim();
    if (value) void run('tag', { addTags: [value] });
  };

  return (
    <Flex
      align="center"
      gap={8}
      wrap
      role="toolbar"
      aria-label={t('work.bulk.toolbar')}
      data-testid="bulk-toolbar"
      style={{ padding: '6px 10px', marginBottom: 10, background: '#e6f0ff', border: '1px solid #bcd4fb', borderRadius: 6 }}
    >
      <Typography.Text strong data-testid="bulk-count">
        {t('work.bulk.selected', { count: selected.length })}
      </Typography.Text>
      {supervisor ? (
        <Select<number>
          size="small"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('work.bulk.assignTo')}
          aria-label={t('work.bulk.assignTo')}
          loading={assignees.isPending || running === 'assign'}
          disabled={running !== null}
          value={null}
          onChange={(ownerId) => void run('assign', { ownerId })}
          options={(assignees.data ?? []).map((u) => ({ value: u.id, label: `${u.name} · ${t(`roles.${u.role}`)}` }))}
          style={{ width: 190 }}
          popupMatchSelectWidth={false}
          suffixIcon={<UserAddOutlined />}
          data-testid="bulk-assign"
        />
      ) : (
        <Button size="small" icon={<UserAddOutlined />} loading={running === 'assign'} disabled={running !== null} onClick={() => void run('assign', { ownerId: me.id })} data-testid="bulk-assign-me">
          {t('work.bulk.assignToMe')}
        </Button>
      )}
      <Select<Priority>
        size="small"
        placeholder={t('work.bulk.priority')}
        aria-label={t('work.bulk.priority')}
        loading={running === 'priority'}
        disabled={running !== null}
        value={null}
        onChange={(priority) => void run('priority', { priority })}
        options={priorities.map((p) => ({ value: p, label: t(`work.priorities.${p}`) }))}
        style={{ width: 130 }}
        data-testid="bulk-priority"
      />
      <Space.Compact size="small">
        <Input
          size="small"
          prefix={<TagOutlined />}
          placeholder={t('work.bulk.tag')}
          aria-label={t('work.bulk.tag')}
          value={tag}
          maxLength={30}
          disabled={running !== null && running !== 'tag'}
          onChange={(e) => setTag(e.target.value)}
          onPressEnter={addTag}
          style={{ width: 150 }}
          data-testid="bulk-tag-input"
        />
        <Button size="small" onClick={addTag} disabled={!tag.trim() || running !== null} loading={running === 'tag'} data-testid="bulk-tag-add">
          {t('work.bulk.addTag')}
        </Button>
      </Space.Compact>
      <Button size="small" type="text" icon={<CloseOutlined />} onClick={onClear} style={{ marginInlineStart: 'auto' }}>
        {t('work.bulk.clear')}
      </Button>
    </Flex>
  );
}
