import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Result, Spin, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type ImportPreview, type ImportResult, type ImportRowError } from '../../api.ts';
import { ImportCheckStep } from './import-check-step.tsx';
import { isImportable, readAsBase64 } from './import-file.ts';
import { ImportMappingStep, type Mapping } from './import-mapping-step.tsx';

type File64 = { filename: string; contentBase64: string };
type Stage =
  | { step: 'file' }
  | { step: 'mapping'; file: File64; preview: ImportPreview }
  | { step: 'check'; file: File64; preview: ImportPreview; mapping: Mapping; result: ImportResult }
  | { step: 'done'; result: ImportResult };

const stepIndex = { file: 0, mapping: 1, check: 2, done: 3 } as const;

function rowErrorsOf(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'import_has_errors') return null;
  const details = error.details as { errors?: unknown } | undefined;
  return Array.isArray(details?.errors) ? (details.errors as ImportRowError[]) : null;
}

/** The import wizard: choose a file → map columns → dry run report → commit → result. */
export function ImportWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [stage, setStage] = useState<Stage>({ step: 'file' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  const pick = (file: File) =>
    run(async () => {
      if (!isImportable(file.name)) throw new Error(t('customers.importWizard.wrongType'));
      const body = { filename: file.name, contentBase64: await readAsBase64(file) };
      setStage({ step: 'mapping', file: body, preview: await api.previewImport(body) });
    });

  const check = (file: File64, preview: ImportPreview, mapping: Mapping) =>
    run(async () => {
      const result = await api.importCustomers({ ...file, mapping, dryRun: true, duplicates: 'skip' });
      setStage({ step: 'check', file, preview, mapping, result });
    });

  const commit = (duplicates: 'skip' | 'create') =>
    run(async () => {
      if (stage.step !== 'check') return;
      try {
        const result = await api.importCustomers({ ...stage.file, mapping: stage.mapping, dryRun: false, duplicates });
        await client.invalidateQueries({ queryKey: ['customers'] });
        setStage({ step: 'done', result });
      } catch (cause) {
        const errors = rowErrorsOf(cause);
        if (errors) setStage({ ...stage, result: { ...stage.result, errors } });
        throw cause;
      }
    });

  const reset = () => {
    setStage({ step: 'file' });
    setError(null);
  };

  return (
    <Modal open={open} title={t('customers.importWizard.title')} onCancel={onClose} footer={null} width={860} destroyOnHidden afterClose={reset} maskClosable={false}>
      <Steps
        size="small"
        current={stepIndex[stage.step]}
        style={{ marginBottom: 20 }}
        items={[
          { title: t('customers.importWizard.stepFile') },
          { title: t('customers.importWizard.stepMapping') },
          { title: t('customers.importWizard.stepCheck') },
          { title: t('customers.importWizard.stepDone') },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {stage.step === 'file' && (
        <Spin spinning={busy} description={t('customers.importWizard.reading')}>
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void pick(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <Typography.Paragraph>{t('customers.importWizard.pickFile')}</Typography.Paragraph>
            <Typography.Text type="secondary">{t('customers.importWizard.fileHint')}</Typography.Text>
          </Upload.Dragger>
        </Spin>
      )}
      {stage.step === 'mapping' && (
        <ImportMappingStep
          filename={stage.file.filename}
          preview={stage.preview}
          busy={busy}
          onBack={reset}
          onCheck={(mapping) => void check(stage.file, stage.preview, mapping)}
        />
      )}
      {stage.step === 'check' && (
        <ImportCheckStep
          result={stage.result}
          busy={busy}
          onBack={() => setStage({ step: 'mapping', file: stage.file, preview: stage.preview })}
          onCommit={(duplicates) => void commit(duplicates)}
        />
      )}
      {stage.step === 'done' && (
        <Result
          status="success"
          title={t('customers.importWizard.done', { count: stage.result.imported })}
          subTitle={
            stage.result.imported < stage.result.total ? t('customers.importWizard.doneSkipped', { count: stage.result.total - stage.result.imported }) : undefined
          }
          extra={[
            <Button key="again" onClick={reset}>
              {t('customers.importWizard.again')}
            </Button>,
            <Button key="close" type="primary" onClick={onClose}>
              {t('customers.importWizard.close')}
            </Button>,
          ]}
        />
      )}
    </Modal>
  );
}
