import { $, dataJson, show, translator } from './lib/dom.js';
import { CallError, call, connect } from './lib/socket.js';

/**
 * Published report page: downloads go over the socket so a large export shows its progress;
 * the plain links still work without JavaScript.
 */
export function reportPage(root: HTMLElement): void {
  const { reportId } = dataJson<{ reportId: string }>(root, 'boot');
  const t = translator(dataJson(root, 'i18n'));
  const socket = connect();
  socket.on('report:progress', (p) => {
    if (p.reportId !== reportId) return;
    ($('export-progress') as HTMLProgressElement).value = p.fraction;
    $('export-label').textContent = `${t('rb.exporting')} ${Math.round(p.fraction * 100)}%`;
  });
  root.querySelectorAll<HTMLAnchorElement>('a[data-format]').forEach((a) =>
    a.addEventListener('click', (e) => {
      if (!socket.connected) return; // fall back to the plain download link
      e.preventDefault();
      show($('export-status'), true);
      show($('export-error'), false);
      ($('export-progress') as HTMLProgressElement).value = 0;
      $('export-label').textContent = t('rb.exporting');
      call<{ filename: string; contentType: string; data: ArrayBuffer }>(socket, 'report:export', { reportId, format: a.dataset.format }, 5 * 60_000)
        .then((file) => {
          const url = URL.createObjectURL(new Blob([file.data], { type: file.contentType }));
          const link = document.createElement('a');
          link.href = url;
          link.download = file.filename;
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
          show($('export-status'), false);
        })
        .catch((err: unknown) => {
          const box = $('export-error');
          box.textContent = err instanceof CallError ? err.error.message : String(err);
          show(box, true);
          show($('export-status'), false);
        });
    }),
  );
}
