import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Segmented, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeReply } from '../../../shared/coach/analyze-reply.ts';
import type { CoachRule, Finding } from '../../../shared/coach/types.ts';
import { applySuggestion } from '../../components/coach/apply-suggestion.ts';
import { CannedReplyPicker } from '../../components/coach/canned-reply-picker.tsx';
import { FindingList } from '../../components/coach/finding-list.tsx';
import { UnderlinedText } from '../../components/coach/underlined-text.tsx';
import { toLocale } from '../../i18n/i18n.ts';
import { useCompanyCoachRules } from '../../hooks/use-coach-rules.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useTicketErrorHandler } from '../../hooks/use-ticket-errors.ts';
import { ticketApi, useTicketAction, type Ticket } from '../../hooks/use-tickets.ts';
import { AttachmentUploader, type PendingFile } from './attachment-uploader.tsx';

type Mode = 'public' | 'internal' | 'customer';

/** Coach findings for a reply, computed in the browser once typing pauses for 150 ms. */
function useFindings(text: string, enabled: boolean, locale: 'zh-CN' | 'en', extraRules: CoachRule[]): Finding[] {
  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => {
    if (!enabled || !text.trim()) {
      setFindings([]);
      return;
    }
    const timer = window.setTimeout(() => {
      try {
        setFindings(analyzeReply(text, { locale, extraRules }));
      } catch {
        setFindings([]);
      }
    }, 150);
    return () => window.clearTimeout(timer);
  }, [text, enabled, locale, extraRules]);
  return findings;
}

/**
 * The reply editor: the language coach underlines findings as the agent types and offers each suggestion in one
 * click; canned replies with variables filled; an internal-note mode; the customer's words taken down by phone.
 * Sending a reply that still has an error-level finding asks for confirmation.
 */
export function ReplyEditor({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { modal, message } = App.useApp();
  const me = useCurrentUser();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<PendingFile[]>([]);
  const departmentMember = me.role === 'department_member';
  const modes: Mode[] = departmentMember ? ['internal'] : ['public', 'internal', 'customer'];
  const [mode, setMode] = useState<Mode>(modes[0]);
  const [active, setActive] = useState<number | null>(null);
  const area = useRef<TextAreaRef>(null);
  const pendingSelection = useRef<[number, number] | null>(null);
  const companyRules = useCompanyCoachRules();
  const findings = useFindings(text, mode === 'public', locale, companyRules);
  const onError = useTicketErrorHandler(ticket.id);
  const send = useTicketAction(ticket.id, (body: { body: string; visibility: 'public' | 'internal'; author: 'agent' | 'customer'; attachmentIds: number[] }) => ticketApi.message(ticket.id, body));
  const attachmentIds = files.flatMap((f) => (f.status === 'done' && f.attachmentId ? [f.attachmentId] : []));
  const uploading = files.some((f) => f.status === 'uploading');
  const sendable = (text.trim().length > 0 || attachmentIds.length > 0) && !uploading;
  // Findings lag the text by the debounce; only spans that still fit the text are drawn.
  const current = findings.filter((f) => f.end <= text.length);

  useEffect(() => {
    const selection = pendingSelection.current;
    const el = area.current?.resizableTextArea?.textArea;
    if (!selection || !el) return;
    pendingSelection.current = null;
    el.focus();
    el.setSelectionRange(selection[0], selection[1]);
  }, [text]);

  const insert = (snippet: string) => {
    const el = area.current?.resizableTextArea?.textArea;
    const at = el ? el.selectionStart : text.length;
    const end = el ? el.selectionEnd : text.length;
    const next = text.slice(0, at) + snippet + text.slice(end);
    pendingSelection.current = [at + snippet.length, at + snippet.length];
    setText(next);
  };

  const apply = (finding: Finding) => {
    const applied = applySuggestion(text, finding);
    if (!applied) return;
    pendingSelection.current = applied.selection;
    setActive(null);
    setText(applied.text);
  };

  const doSend = async () => {
    try {
      await send.mutateAsync({ body: text.trim(), visibility: mode === 'internal' ? 'internal' : 'public', author: mode === 'customer' ? 'customer' : 'agent', attachmentIds });
      setText('');
      setFiles([]);
      void message.success(t(`work.reply.sent.${mode}`));
    } catch (error) {
      onError(error);
    }
  };

  const submit = () => {
    if (!sendable || send.isPending) return;
    const errors = mode === 'public' ? analyzeReply(text, { locale, extraRules: companyRules }).filter((f) => f.severity === 'error') : [];
    if (errors.length === 0) {
      void doSend();
      return;
    }
    modal.confirm({
      title: t('work.reply.confirmTitle'),
      content: t('work.reply.confirmBody', { count: errors.length }),
      okText: t('work.reply.sendAnyway'),
      cancelText: t('work.reply.keepEditing'),
      okButtonProps: { danger: true },
      onOk: () => doSend(),
    });
  };

  if (ticket.status === 'closed') {
    return (
      <Card size="small">
        <Typography.Text type="secondary">{t('work.reply.closed')}</Typography.Text>
      </Card>
    );
  }

  const placeholder = t(`work.reply.placeholder.${mode}`);
  return (
    <Card size="small" style={{ borderColor: mode === 'internal' ? '#ffd666' : undefined, background: mode === 'internal' ? '#fffbe6' : undefined }} data-testid="reply-editor">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Segmented<Mode>
          size="small"
          value={mode}
          onChange={setMode}
          options={modes.map((m) => ({ value: m, label: t(departmentMember ? 'work.conversation.departmentAnswer' : `work.reply.mode.${m}`) }))}
        />
        <CannedReplyPicker variables={{ customerName: ticket.customer.name, ticketNumber: ticket.number, agentName: me.name }} onPick={insert} />
      </Flex>
      <Input.TextArea
        ref={area}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={10000}
        placeholder={placeholder}
        aria-label={placeholder}
        data-testid="reply-text"
      />
      {current.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('work.coach.preview', { count: current.length })}
          </Typography.Text>
          <UnderlinedText
            text={text}
            marks={current.map((f) => ({ start: f.start, end: f.end, tone: f.severity, title: f.message }))}
            activeIndex={active}
            onMarkClick={setActive}
            style={{ padding: '4px 8px', background: '#fafafa', borderRadius: 6, marginBottom: 8 }}
            testId="coach-preview"
          />
          <FindingList text={text} findings={current} active={active} onHover={setActive} onApply={apply} />
        </div>
      )}
      <div style={{ marginTop: 8 }}>
        <AttachmentUploader ticketId={ticket.id} files={files} onChange={setFiles} />
      </div>
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {mode === 'public' && text.trim() && current.length === 0 ? t('work.coach.clean') : t('work.reply.sendHint')}
        </Typography.Text>
        <Button type="primary" icon={<SendOutlined />} onClick={submit} loading={send.isPending} disabled={!sendable} data-testid="reply-send">
          {t(`work.reply.send.${mode}`)}
        </Button>
      </Flex>
    </Card>
  );
}
