import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Older phone browsers and plain-http pages: a selected textarea and the copy command.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/** A button that copies a text and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    copyText(text).then(
      () => {
        setCopied(true);
        void message.success(t('service.public.copied'));
      },
      () => void message.warning(t('service.public.copyFailed')),
    );
  return (
    <Button icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
      {label}
    </Button>
  );
}
