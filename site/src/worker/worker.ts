/**
 * The page's check worker: reads and checks the files off the page's thread, so the page stays
 * responsive, and posts progress and the result. It keeps nothing between checks.
 * @module
 */
import type { CheckRequest, WorkerMessage } from './protocol.js';
import { runCheck } from './runCheck.js';

const scope = self as unknown as {
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request?.type !== 'check') return;
  const fail = (error: unknown) => scope.postMessage({ type: 'failure', id: request.id, message: error instanceof Error ? error.message : String(error) });
  runCheck(request, (progress) => scope.postMessage(progress)).then(async ({ result, writeWorkbook }) => {
    // The report first: the clerk reads it while the marked workbook is written.
    scope.postMessage(result);
    if (!writeWorkbook) return;
    const workbook = await writeWorkbook();
    scope.postMessage(workbook, [workbook.bytes.buffer]);
  }, fail).catch(fail);
});
