import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain JavaScript, so the thread needs no TypeScript loader; better-sqlite3 is resolved by the caller.
const checkpointer = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const database = new Database(workerData.file);
const timer = setInterval(() => database.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
parentPort.once('message', () => { clearInterval(timer); database.close(); parentPort.close(); });
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Asks the checkpoint thread to close its connection and end. */
export type StopCheckpoints = () => void;

/**
 * Copies the write-ahead log of the SQLite `file` back into the database on a thread of its own, every
 * `intervalMs`. By default SQLite does this inside whichever commit crosses 1,000 log pages, so a request that
 * happens to commit then waits for page copies and two fsyncs; with this thread running the connections leave
 * only a rare remainder to their own commits (see createDb). A passive checkpoint never blocks readers or writers.
 * If the thread dies, `onExit` lets the caller turn the usual automatic checkpoints back on.
 */
export function startWalCheckpoints(file: string, onExit: () => void, intervalMs = 100): StopCheckpoints {
  const worker = new Worker(checkpointer, { eval: true, execArgv: [], workerData: { file, driver, intervalMs } });
  let stopping = false;
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    if (!stopping) onExit();
  });
  // A server waiting on nothing else should still be able to exit.
  worker.unref();
  return () => {
    stopping = true;
    worker.postMessage('stop');
  };
}
