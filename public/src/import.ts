import type { PreviewRow, PreviewView } from '../../server/imports/imports.presenter.js';
import { $, dataJson, h, show, translator, type T } from './lib/dom.js';

const PAGE = 300;
const MAPPING_KEYS = ['text', 'author', 'organisation', 'role', 'subsector', 'time'] as const;

interface ErrorAnswer {
  error?: { message?: string; detail?: string };
}

const csrf = () => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';

/** Sends a request the server answers in JSON; a refusal becomes an Error with the server's (translated) message. */
async function send<R>(url: string, body: BodyInit, json: boolean, t: T): Promise<R> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrf() };
  if (json) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers, body, credentials: 'same-origin' });
  } catch {
    throw new Error(t('errors.internal'));
  }
  const data = (await res.json().catch(() => ({}))) as R & ErrorAnswer;
  if (!res.ok) throw new Error([data.error?.message ?? t('errors.internal'), data.error?.detail].filter(Boolean).join(' — '));
  return data;
}

/** The import page: files -> preview (every row, keep/skip changeable) -> confirm into a session; undo past imports. */
export function importPage(root: HTMLElement): void {
  const { forumId } = dataJson<{ forumId: string }>(root, 'boot');
  const t = translator(dataJson(root, 'i18n'));
  const form = $('import-form') as HTMLFormElement;
  const confirmForm = $('confirm-form') as HTMLFormElement;
  const session = $('import-session') as HTMLSelectElement;
  const filter = $('preview-filter') as HTMLSelectElement;
  let preview: PreviewView | null = null;
  /** The planner's keep/skip where it differs from the reader's, by row index. */
  const changed = new Map<number, boolean>();
  /** Texts the planner corrected, by row index. */
  const edited = new Map<number, string>();
  let shown = PAGE;

  const keeps = (r: PreviewRow) => changed.get(r.index) ?? r.keep;
  const fail = (id: string, err: unknown) => {
    $(id).textContent = err instanceof Error ? err.message : String(err);
    show($(id), true);
  };

  async function runPreview(mapping?: Record<string, number | null>) {
    show($('import-error'), false);
    const data = new FormData(form);
    if (mapping) data.set('mapping', JSON.stringify(mapping));
    $('import-status').textContent = t('im.reading');
    ($('import-preview') as HTMLButtonElement).disabled = true;
    try {
      const res = await send<{ preview: PreviewView }>(`/forums/${forumId}/import/preview`, data, false, t);
      preview = res.preview;
      changed.clear();
      edited.clear();
      shown = PAGE;
      renderMapping();
      render();
      show($('preview-card'), true);
      $('preview-summary').focus();
    } catch (err) {
      fail('import-error', err);
    } finally {
      $('import-status').textContent = '';
      ($('import-preview') as HTMLButtonElement).disabled = false;
    }
  }

  function renderMapping() {
    const columns = preview?.columns;
    show($('mapping'), Boolean(columns?.length));
    if (!columns?.length || !preview?.mapping) return;
    const current = preview.mapping;
    $('mapping-fields').replaceChildren(
      ...MAPPING_KEYS.map((key) => {
        const id = `map-${key}`;
        const select = h('select', { id, 'data-key': key }, ...(key === 'text' ? [] : [h('option', { value: '' }, t('im.map.none'))]), ...columns.map((c, i) => h('option', { value: String(i) }, c || `#${i + 1}`)));
        select.value = current[key] === null ? '' : String(current[key]);
        return h('div', { class: 'stack' }, h('label', { for: id }, t(`im.map.${key}`)), select);
      }),
    );
  }

  function render() {
    if (!preview) return;
    const rows = preview.rows;
    const kept = rows.filter(keeps).length;
    $('preview-summary').setAttribute('tabindex', '-1');
    $('preview-summary').textContent = `${preview.fileNames.join(', ')} · ${t('im.summary', { format: preview.formatLabel, read: rows.length, kept, skipped: rows.length - kept })}`;
    show($('preview-undated'), preview.undated > 0);
    $('import-confirm').textContent = t('im.confirm', { n: kept });
    ($('import-confirm') as HTMLButtonElement).disabled = kept === 0;
    const visible = rows.filter((r) => filter.value === 'all' || (filter.value === 'kept') === keeps(r));
    $('preview-rows').replaceChildren(...visible.slice(0, shown).map(row));
    const more = $('preview-more');
    more.textContent = `+ ${Math.min(PAGE, visible.length - shown)}`;
    show(more, visible.length > shown);
  }

  function row(r: PreviewRow): HTMLElement {
    const keep = keeps(r);
    const box = h('input', { type: 'checkbox', 'aria-label': t('im.keep_row', { n: r.index + 1 }), 'data-index': String(r.index) });
    box.checked = keep;
    box.addEventListener('change', () => {
      if (box.checked === r.keep) changed.delete(r.index);
      else changed.set(r.index, box.checked);
      render();
    });
    const why = keep ? '' : r.keep ? t('im.why.planner') : (r.why ?? '');
    return h(
      'tr',
      { class: keep ? 'kept' : 'skipped', 'data-index': String(r.index) },
      h('td', {}, box),
      h('td', { class: 'small' }, r.time ?? '—'),
      h('td', {}, r.author ?? t('im.no_author')),
      textCell(r),
      h('td', { class: 'muted small' }, why),
    );
  }

  /** The text, with a button that turns it into a text box; the corrected text is what gets imported. */
  function textCell(r: PreviewRow): HTMLElement {
    const cell = h('td', { class: 'text' });
    const showText = () => {
      const edit = h('button', { type: 'button', class: 'small link', 'aria-label': t('im.edit_row', { n: r.index + 1 }) }, t('im.edit'));
      edit.addEventListener('click', () => {
        const box = h('textarea', { rows: '3', 'aria-label': t('im.edit_row', { n: r.index + 1 }), maxlength: '20000' });
        box.value = edited.get(r.index) ?? r.text;
        box.addEventListener('change', () => {
          const v = box.value.trim();
          if (v && v !== r.text) edited.set(r.index, v);
          else edited.delete(r.index);
        });
        box.addEventListener('blur', showText);
        cell.replaceChildren(box);
        box.focus();
      });
      cell.replaceChildren(edited.get(r.index) ?? r.text, ' ', edit);
    };
    showText();
    return cell;
  }

  async function confirm() {
    if (!preview) return;
    show($('confirm-error'), false);
    if (!($('import-consent') as HTMLInputElement).checked) return fail('confirm-error', new Error(t('im.consent_check')));
    const keep: number[] = [];
    const skip: number[] = [];
    for (const [i, k] of changed) (k ? keep : skip).push(i);
    const title = ($('import-new-title') as HTMLInputElement).value.trim();
    const body = {
      previewId: preview.previewId,
      keep,
      skip,
      edits: [...edited].map(([index, text]) => ({ index, text })),
      approve: ($('import-approve') as HTMLInputElement).checked,
      ...(session.value ? { sessionId: session.value } : { newSessionTitle: title || ($('import-new-title') as HTMLInputElement).placeholder }),
    };
    ($('import-confirm') as HTMLButtonElement).disabled = true;
    try {
      const res = await send<{ next: string }>(`/forums/${forumId}/import/confirm`, JSON.stringify(body), true, t);
      window.location.assign(res.next);
    } catch (err) {
      fail('confirm-error', err);
      ($('import-confirm') as HTMLButtonElement).disabled = false;
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!($('import-files') as HTMLInputElement).files?.length) return fail('import-error', new Error(t('im.files')));
    void runPreview();
  });
  $('remap').addEventListener('click', () => {
    const mapping = Object.fromEntries(
      [...$('mapping-fields').querySelectorAll<HTMLSelectElement>('select')].map((s) => [s.dataset.key ?? '', s.value === '' ? null : Number(s.value)]),
    );
    void runPreview(mapping);
  });
  filter.addEventListener('change', () => {
    shown = PAGE;
    render();
  });
  $('preview-more').addEventListener('click', () => {
    shown += PAGE;
    render();
  });
  session.addEventListener('change', () => show($('new-session'), session.value === ''));
  confirmForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void confirm();
  });
  for (const undo of root.querySelectorAll<HTMLFormElement>('.undo-form')) {
    undo.addEventListener('submit', (e) => {
      if (!window.confirm(t('im.undo.ask', { n: undo.dataset.count ?? '' }))) e.preventDefault();
    });
  }
}
