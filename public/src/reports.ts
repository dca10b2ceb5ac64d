import { $, dataJson, show, translator } from './lib/dom.js';
import { CallError, call, connect, type CallPayloads } from './lib/socket.js';

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
      call(socket, 'report:export', { reportId, format: a.dataset.format as CallPayloads['report:export']['format'] }, 5 * 60_000)
        .then((file) => {
          const url = URL.createObjectURL(new Blob([blobPart(file.data)], { type: file.contentType }));
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

/**
 * The export's bytes as the browser's Socket.IO client hands them over: an ArrayBuffer (the
 * server sends a Buffer; Node clients, as in the tests, receive a Buffer). Both make a Blob.
 */
function blobPart(data: ArrayBuffer | Uint8Array): BlobPart {
  return data instanceof ArrayBuffer ? data : new Uint8Array(data);
}
