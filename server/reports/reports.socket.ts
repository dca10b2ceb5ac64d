import { AppError } from '../errors.js';
import type { Services } from '../services.js';
import { handle, type AppSocket, type HandlerLog } from '../realtime/handle.js';

/**
 * Export with progress: the socket gets `report:progress` while the file renders, and the file
 * itself in the ack (Socket.IO carries binary), so the page can show a bar and then save it.
 */
export function registerReportsEvents(socket: AppSocket, services: Services, log: HandlerLog): void {
  handle(
    socket,
    'report:export',
    async (p) => {
      let last = 0;
      const file = await services.reports.render(p.reportId, p.format, (fraction) => {
        if (fraction - last < 0.05 && fraction < 1) return;
        last = fraction;
        socket.emit('report:progress', { reportId: p.reportId, format: p.format, fraction });
      });
      if (file.body.length > 50 * 1024 * 1024) throw new AppError('payload_too_large', 'use the download link for files over 50 MB');
      return { filename: file.filename, contentType: file.contentType, data: file.body };
    },
    { log, roles: ['planner'], perSecond: 2 },
  );
}
