import type { EchoScreenDb, EchoScreenSchema } from './db.ts';

type EchoRecordRow = EchoScreenSchema['echoRecords']['value'];

/** Loads the echo records in insertion order; records from another fingerprint version are dropped first. */
export async function loadEchoRecords(db: EchoScreenDb, fingerprintVersion: string): Promise<EchoRecordRow[]> {
  const meta = await db.get('meta', 'fingerprint');
  if (meta?.value !== fingerprintVersion) {
    const tx = db.transaction(['echoRecords', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('echoRecords').clear(), tx.objectStore('meta').put({ key: 'fingerprint', value: fingerprintVersion }), tx.done]);
    return [];
  }
  return db.getAll('echoRecords');
}
