import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ReportsService } from '../reports/reports.service.js';
import type { ReportData } from '../reports/report.schema.js';
import { objectId } from '../shared/ids.js';
import { PublicResults } from './public-results.model.js';

/** What the public results page shows: the forum, the chosen report's facts and its themes (no texts of people). */
export interface PublicResultsView {
  forumId: string;
  forumTitle: string;
  reportId: string;
  reportVersion: number;
  generatedAt: string;
  summary: ReportData['summary'];
  themes: { label: string; suggestions: number; participants: number; keywords: string[] }[];
}

/** A forum's opt-in public results page: staff pick the published report it shows, or none. */
export function createResultsService({ reports, audit }: { reports: Pick<ReportsService, 'get'>; audit: AuditService }) {
  return {
    /** Makes `reportId` (a published report of this forum, without personal data) public, or hides the page (null). */
    async choose(forumId: string, reportId: string | null, actor: StaffIdentity): Promise<void> {
      const fid = objectId(forumId);
      if (!reportId) {
        await PublicResults.deleteOne({ forumId: fid });
      } else {
        const report = await reports.get(reportId);
        if (report.forumId !== String(fid)) throw new AppError('not_found');
        if (report.data.filters.includePersonalData) throw new AppError('validation_failed', 'detail.results_personal_data');
        await PublicResults.updateOne({ forumId: fid }, { $set: { reportId: objectId(reportId), setBy: objectId(actor.id), setAt: new Date() } }, { upsert: true });
      }
      await audit.record(actor, [{ action: reportId ? 'results.publish' : 'results.hide', targetId: reportId ? objectId(reportId) : fid }]);
    },

    /** The report chosen for the forum's public page, or null (no page). */
    async chosen(forumId: string): Promise<string | null> {
      const r = await PublicResults.findOne({ forumId: objectId(forumId) }).lean();
      return r ? String(r.reportId) : null;
    },

    async view(forumId: string): Promise<PublicResultsView> {
      const reportId = await this.chosen(forumId);
      if (!reportId) throw new AppError('not_found');
      const { data, version } = await reports.get(reportId);
      return {
        forumId,
        forumTitle: data.forum.title,
        reportId,
        reportVersion: version,
        generatedAt: data.generatedAt,
        summary: data.summary,
        themes: data.themes.map((t) => ({ label: t.label, suggestions: t.suggestions, participants: t.participants, keywords: t.keywords.slice(0, 5) })),
      };
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
