/**
 * The page: files chosen or dropped are checked in a worker (the page stays responsive), the report
 * shown and offered for download; a code-table browser and an ID box beside it. Nothing is sent
 * anywhere: the files are read with the File API and never leave this page and its worker.
 * @module
 */
import './style.css';
import { byId, h } from './dom.js';
import { word, type Locale, type WordKey } from './i18n.js';
import { renderCodeBrowser } from './view/codes.js';
import { renderIdBox } from './view/idBox.js';
import { renderReport, showWorkbook } from './view/report.js';
import type { CheckRequest, InputFile, WorkerMessage } from './worker/protocol.js';

interface PageState {
  locale: Locale;
  files: File[];
  /** Started with the page, so that it is loaded before the network may be gone. */
  worker: Worker;
  /** The id of the latest check; answers of an older one are dropped. */
  run: number;
}

function applyWords(state: PageState): void {
  document.documentElement.lang = state.locale;
  document.title = word('title', state.locale);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = word(el.dataset.i18n as WordKey, state.locale);
  byId('tab-codes').replaceChildren(renderCodeBrowser(state.locale));
  byId('tab-id').replaceChildren(renderIdBox(state.locale));
  renderChosen(state);
}

function renderChosen(state: PageState): void {
  const list = byId('chosen');
  list.replaceChildren(
    ...state.files.map((file, i) => {
      const remove = h('button', { type: 'button', class: 'link' }, word('remove', state.locale));
      remove.addEventListener('click', () => {
        state.files.splice(i, 1);
        renderChosen(state);
        void check(state);
      });
      return h('li', {}, `${file.name}（${(file.size / 1024).toFixed(0)} KB） `, remove);
    }),
  );
  if (state.files.length === 0) list.append(h('li', { class: 'hint' }, word('noFiles', state.locale)));
}

function addFiles(state: PageState, added: FileList | null): void {
  for (const file of added ?? []) {
    const same = state.files.findIndex((f) => f.name === file.name);
    if (same >= 0) state.files[same] = file;
    else state.files.push(file);
  }
  renderChosen(state);
  void check(state);
}

function showProgress(state: PageState, phase: string, done: number, total: number): void {
  byId('progress').hidden = false;
  const bar = byId<HTMLProgressElement>('progress-bar');
  const phases = ['open', 'read', 'check', 'report'];
  const at = Math.max(0, phases.indexOf(phase));
  bar.value = (at + (total > 0 ? done / total : 0)) / phases.length;
  byId('progress-text').textContent = `${word(`phase_${phase}` as WordKey, state.locale)}${total > 1 ? ` ${done} / ${total}` : ''}…`;
}

function revokeDownloads(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#result a[href^="blob:"]')) URL.revokeObjectURL(a.href);
}

function onAnswer(state: PageState, message: WorkerMessage): void {
  if (message.id !== state.run) return;
  if (message.type === 'progress') {
    showProgress(state, message.phase, message.done, message.total);
    return;
  }
  if (message.type === 'workbook') {
    showWorkbook(message, state.locale);
    return;
  }
  byId('progress').hidden = true;
  if (message.type === 'failure') {
    byId('failure').hidden = false;
    byId('failure').textContent = word('failed', state.locale) + message.message;
  } else byId('result').replaceChildren(renderReport(message, state.locale));
}

/** Checks the chosen files; a check started earlier still runs to its end, its answer dropped. */
async function check(state: PageState): Promise<void> {
  const id = ++state.run;
  revokeDownloads();
  byId('result').replaceChildren();
  byId('failure').hidden = true;
  if (state.files.length === 0) {
    byId('progress').hidden = true;
    return;
  }
  showProgress(state, 'open', 0, state.files.length);
  const files: InputFile[] = await Promise.all(state.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  if (id !== state.run) return;
  const today = byId<HTMLInputElement>('today').value;
  const request: CheckRequest = { type: 'check', id, files, locale: state.locale, ...(today ? { today } : {}) };
  state.worker.postMessage(request, files.map((f) => f.bytes.buffer));
}

function wireTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[data-tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      for (const other of tabs) {
        const selected = other === tab;
        other.setAttribute('aria-selected', String(selected));
        byId(`tab-${other.dataset.tab}`).hidden = !selected;
      }
    });
  }
}

function main(): void {
  const worker = new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' });
  const state: PageState = { locale: 'zh-CN', files: [], worker, run: 0 };
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => onAnswer(state, event.data));
  applyWords(state);
  wireTabs();
  const input = byId<HTMLInputElement>('files');
  input.addEventListener('change', () => {
    addFiles(state, input.files);
    input.value = '';
  });
  const drop = byId('drop');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    addFiles(state, event.dataTransfer?.files ?? null);
  });
  byId('recheck').addEventListener('click', () => void check(state));
  byId('clear').addEventListener('click', () => {
    state.files = [];
    renderChosen(state);
    void check(state);
  });
  byId('today').addEventListener('change', () => void check(state));
  byId('print').addEventListener('click', () => window.print());
  byId('language').addEventListener('click', () => {
    state.locale = state.locale === 'en' ? 'zh-CN' : 'en';
    byId('language').lang = state.locale === 'en' ? 'zh-CN' : 'en';
    applyWords(state);
    void check(state);
  });
}

main();
