import type { EchoScreenDb, StoredLabel } from './db.ts';

export const listLabels = (db: EchoScreenDb): Promise<StoredLabel[]> => db.getAll('labels');

/** One label per message id: relabelling replaces the earlier one. */
export async function putLabel(db: EchoScreenDb, label: StoredLabel): Promise<void> {
  await db.put('labels', label);
}
