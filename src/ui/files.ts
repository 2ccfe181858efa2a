// Reading a chosen file and offering a download, for the options page.
import { MAX_FILE_BYTES, parseJsonText } from '../backup-format.ts';
import { strings } from './strings.ts';

/** The file's JSON, or an Error whose message says why not; files over the size limit are not read at all. */
export async function readJsonFile(file: File): Promise<unknown> {
  if (file.size > MAX_FILE_BYTES) throw new Error(strings.fileTooLarge(MAX_FILE_BYTES / 1024 / 1024));
  return parseJsonText(await file.text());
}

export function downloadJson(name: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const today = () => new Date().toISOString().slice(0, 10);
