import type { Types } from 'mongoose';
import { dayIn, safeTimeZone } from '../shared/time.js';
import { AppError } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ForumsService } from '../forums/forums.service.js';
import { objectId } from '../shared/ids.js';
import { KeyedQueue } from '../shared/keyed-queue.js';
import { Forum } from '../forums/forum.model.js';
import { Session } from '../sessions/session.model.js';
import { synthesisStore } from '../themes/synthesis.store.js';
import { applyEdits, type InputFacts, type StoredEdit } from '../themes/edits.rules.js';
import { DEFAULT_ISSUES, DEFAULT_SUBSECTORS } from '../synthesis/lexicons/taxonomy.js';
import type { SynthesisResult } from '../synthesis/types.js';
import { buildReport } from './report.builder.js';
import { leadIssueOf, type RoadmapMatrix } from '../themes/roadmap-matrix.rules.js';
import { reportRoadmap } from './report.roadmap.js';
import type { Lang } from '../i18n/index.js';
import type { ReportData } from './report.schema.js';
import { passes, type ReportRequest } from './report.filters.js';
import { Report } from './report.model.js';
import { renderReport, type REPORT_FORMATS } from './render/index.js';

export type ReportFormat = (typeof REPORT_FORMATS)[number];

type SynthesisLean = {
  _id: Types.ObjectId;
  forumId: Types.ObjectId;
  version: number;
  status: string;
  sessionIds: Types.ObjectId[];
  inputs: InputFacts[];
  result: SynthesisResult | null;
  edits: StoredEdit[];
};

type ReportDoc = {
  _id: Types.ObjectId;
  forumId: Types.ObjectId;
  version: number;
  lang: 'id' | 'en';
  synthesisVersion: number;
  synthesisId: Types.ObjectId;
  edits: StoredEdit[];
  filters: ReportData['filters'];
  data: string;
  publishedByName: string;
  publishedAt: Date;
};

type ReportLean = Omit<ReportDoc, 'data'> & { data: ReportData };

const parsed = (r: ReportDoc): ReportLean => ({ ...r, data: JSON.parse(r.data) as ReportData });

export interface ReportSummary {
  id: string;
  version: number;
  lang: 'id' | 'en';
  synthesisVersion: number;
  suggestions: number;
  themes: number;
  publishedBy: string;
  publishedAt: string;
}

const summary = (r: ReportLean): ReportSummary => ({
  id: String(r._id),
  version: r.version,
  lang: r.lang,
  synthesisVersion: r.synthesisVersion,
  suggestions: r.data.summary.suggestions,
  themes: r.data.themes.length,
  publishedBy: r.publishedByName,
  publishedAt: r.publishedAt.toISOString(),
});

/** What the road-map matrix reads from a result: item tags, each theme's lead issue, tag names. */
const roadmapFacts = (result: SynthesisResult) => ({
  itemTags: Object.fromEntries(result.items.map((i) => [i.id, { subsectors: i.subsectors, issues: i.issues }])),
  leadIssues: Object.fromEntries(result.themes.map((th) => [th.id, leadIssueOf(th)])),
  // names of the tag ids this run used, for ids the taxonomy has dropped since
  tagLabels: Object.fromEntries(result.themes.flatMap((th) => [...th.subsectors, ...th.issues].map((tag) => [tag.id, tag.label]))),
});
const roadmapTaxonomy = () => ({ subsectors: [...DEFAULT_SUBSECTORS], issues: [...DEFAULT_ISSUES] });

/** Builds, previews, publishes and renders road-map input reports of a forum. */
export function createReportsService({ audit, forums }: { audit: AuditService; forums: ForumsService }) {
  const queue = new KeyedQueue();

  async function synthesisFor(forumId: Types.ObjectId, synthesisId?: string): Promise<SynthesisLean> {
    const s: SynthesisLean | null = await synthesisStore.load(synthesisId ? { _id: objectId(synthesisId), forumId } : { forumId, status: 'done' });
    if (!s) throw new AppError('validation_failed', synthesisId ? 'synthesisId: not a synthesis of this forum' : 'synthesis: run a synthesis of this forum first');
    if (s.status !== 'done' || !s.result) throw new AppError('conflict', `synthesis: ${s.status}`);
    return s;
  }

  /** Everything a report is built from is in the synthesis snapshot, so rebuilding is exact. */
  async function build(
    forumIdRaw: string,
    req: ReportRequest,
    version: number,
    generatedAt: string,
    /** the planner edits to apply; the synthesis' current ones unless a published report's are given */
    edits?: StoredEdit[],
  ): Promise<{ data: ReportData; synthesis: SynthesisLean }> {
    const forumId = objectId(forumIdRaw);
    const forum = await Forum.findById(forumId).lean();
    if (!forum) throw new AppError('not_found');
    const synthesis = await synthesisFor(forumId, req.synthesisId);
    const rows = synthesis.inputs.filter((i) => passes(i, req));
    if (!rows.length) throw new AppError('validation_failed', 'filters: no suggestions match these filters');
    const sessionIds = new Set(rows.map((r) => r.sessionId));
    const sessions = (await Session.find({ _id: { $in: synthesis.sessionIds } }).sort({ createdAt: 1 }).lean()).filter((s) => sessionIds.has(String(s._id)));
    const result = synthesis.result!;
    const data = buildReport({
      lang: req.language,
      forum: { id: String(forum._id), title: forum.title, timeZone: safeTimeZone(forum.timeZone) },
      reportVersion: version,
      generatedAt,
      synthesis: {
        id: String(synthesis._id),
        version: synthesis.version,
        edited: applyEdits(result, synthesis.inputs, edits ?? synthesis.edits),
        ...roadmapFacts(result),
      },
      taxonomy: roadmapTaxonomy(),
      sessions: sessions.map((s) => ({ id: String(s._id), title: s.title, date: dayIn(s.openedAt ?? s.createdAt, safeTimeZone(forum.timeZone)) })),
      prompts: Object.fromEntries(sessions.flatMap((s) => s.prompts.map((p) => [String(p._id), p.text]))),
      suggestions: rows.map((r) => ({
        id: r.id,
        text: r.text,
        sessionId: r.sessionId ?? '',
        promptId: r.promptId ?? null,
        participantId: r.participantId ?? r.id,
        ...(r.personId ? { personId: r.personId } : {}),
        role: r.role ?? null,
        category: r.category ?? null,
        votes: r.votes ?? 0,
        createdAt: r.createdAt ?? '',
        authorName: r.authorName ?? null,
        organisation: r.organisation ?? null,
        ...(r.source ? { source: r.source } : {}),
        ...(r.coAuthors?.length ? { coAuthors: r.coAuthors } : {}),
      })),
      filters: {
        sessionIds: req.sessionIds,
        promptIds: req.promptIds,
        roles: req.roles,
        categories: req.categories,
        from: req.from,
        to: req.to,
        statuses: ['approved'],
        includePersonalData: req.includePersonalData,
      },
    });
    return { data, synthesis };
  }

  async function nextVersion(forumId: Types.ObjectId): Promise<number> {
    const last = await Report.findOne({ forumId }).sort({ version: -1 }).lean();
    return (last?.version ?? 0) + 1;
  }

  async function load(id: string): Promise<ReportLean> {
    const r = await Report.findById(objectId(id)).lean<ReportDoc>();
    if (!r) throw new AppError('not_found');
    return parsed(r);
  }

  return {
    build,

    /**
     * What the report builder page offers for a forum: its sessions with their prompts, the
     * categories they use, its finished syntheses and the reports already published.
     */
    async builder(forumIdRaw: string) {
      const forum = await forums.get(forumIdRaw);
      const forumId = objectId(forum.id);
      const [sessions, syntheses, published] = await Promise.all([
        Session.find({ forumId }).sort({ createdAt: 1 }).lean(),
        synthesisStore.list({ forumId, status: 'done' }),
        this.list(forum.id),
      ]);
      return {
        forum,
        sessions: sessions.map((s) => ({ id: String(s._id), title: s.title, prompts: s.prompts.map((p) => ({ id: String(p._id), text: p.text })) })),
        categories: [...new Set(sessions.flatMap((s) => s.settings?.categories ?? []))],
        syntheses: syntheses.map((s) => ({ id: String(s._id), version: s.version, inputs: synthesisStore.inputCount(s), createdAt: s.createdAt })),
        published,
      };
    },

    /** The road-map matrix of a synthesis with its planner edits, over all its suggestions (the themes page). */
    async roadmap(forumId: string, synthesisId: string, lang: Lang): Promise<RoadmapMatrix> {
      const synthesis = await synthesisFor(objectId(forumId), synthesisId);
      const result = synthesis.result!;
      const { itemTags, leadIssues, tagLabels } = roadmapFacts(result);
      return reportRoadmap({
        lang,
        suggestions: synthesis.inputs.map((i) => ({ id: i.id, role: i.role ?? null })),
        themes: applyEdits(result, synthesis.inputs, synthesis.edits).themes,
        leadIssues,
        itemTags,
        taxonomy: roadmapTaxonomy(),
        tagLabels,
      }).matrix;
    },

    /** The report as it would be published now (not stored). */
    async preview(forumId: string, req: ReportRequest): Promise<ReportData> {
      return (await build(forumId, req, await nextVersion(objectId(forumId)), new Date().toISOString())).data;
    },

    publish(forumIdRaw: string, req: ReportRequest, actor: StaffIdentity): Promise<ReportSummary> {
      const forumId = objectId(forumIdRaw);
      return queue.run(String(forumId), async () => {
        const version = await nextVersion(forumId);
        const { data, synthesis } = await build(forumIdRaw, req, version, new Date().toISOString());
        const doc = await Report.create({
          forumId,
          version,
          lang: req.language,
          synthesisId: synthesis._id,
          synthesisVersion: synthesis.version,
          edits: synthesis.edits,
          filters: data.filters,
          data: JSON.stringify(data),
          publishedBy: objectId(actor.id),
          publishedByName: actor.name,
          publishedAt: new Date(data.generatedAt),
        });
        await audit.record(actor, [{ action: 'report.publish', targetId: doc._id, after: { version, synthesisVersion: synthesis.version, suggestions: data.summary.suggestions } }]);
        return summary(parsed(doc.toObject() as ReportDoc));
      });
    },

    async list(forumId: string): Promise<ReportSummary[]> {
      return (await Report.find({ forumId: objectId(forumId) }).sort({ version: -1 }).lean<ReportDoc[]>()).map((r) => summary(parsed(r)));
    },

    async get(id: string): Promise<ReportSummary & { forumId: string; data: ReportData }> {
      const r = await load(id);
      return { ...summary(r), forumId: String(r.forumId), data: r.data };
    },

    /** Rebuilds a published report from what it recorded (snapshot, edits, filters, time). */
    async regenerate(id: string): Promise<ReportData> {
      const r = await load(id);
      const req: ReportRequest = { ...r.filters, synthesisId: String(r.synthesisId), language: r.lang };
      return (await build(String(r.forumId), req, r.version, r.data.generatedAt, r.edits)).data;
    },

    async render(id: string, format: ReportFormat, onProgress?: (fraction: number) => void) {
      const r = await load(id);
      const file = await renderReport(format, r.data, { onProgress });
      const slug = r.data.forum.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'laporan';
      return { ...file, filename: `rembuk-${slug}-v${r.version}.${file.extension}` };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
