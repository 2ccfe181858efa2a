// Everything in one file: download a backup, restore one (validated in full first, then written at once).
import { useState } from 'preact/hooks';
import { parseBackupFile } from '../backup-format.ts';
import type { OptionsApi } from './options.tsx';
import { downloadJson, readJsonFile, today } from './files.ts';
import { strings } from './strings.ts';

export function DataSection({ api, onRestored }: { api: OptionsApi; onRestored: () => void }) {
  const [result, setResult] = useState<{ text: string; error?: boolean } | null>(null);

  const onRestore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const backup = parseBackupFile(await readJsonFile(file));
      await api.importAll(backup);
      setResult({ text: strings.backupRestored(backup.contacts.length, backup.labels.length) });
      onRestored();
    } catch (error) {
      setResult({ text: strings.importError(error instanceof Error ? error.message : String(error)), error: true });
    }
  };

  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{strings.backupTitle}</h2>
      <p class="muted">{strings.backupHelp}</p>
      <div class="row">
        <button type="button" onClick={() => void api.exportAll().then((backup) => downloadJson(`echo-screen-backup-${today()}.json`, backup))}>
          {strings.backupExport}
        </button>
        <label class="file">
          {strings.backupImport}
          <input type="file" accept="application/json,.json" data-testid="import-backup" onChange={(e) => void onRestore(e.target as HTMLInputElement)} />
        </label>
      </div>
      {result && (
        <p class={result.error ? 'error' : 'status'} role={result.error ? 'alert' : 'status'} data-testid="backup-result">
          {result.text}
        </p>
      )}
    </section>
  );
}
