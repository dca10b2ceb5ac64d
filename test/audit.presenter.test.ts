import { expect } from 'chai';
import { toAuditPage, toAuditRows } from '../server/audit/audit.presenter.js';
import type { AuditEntryData, AuditLogData } from '../server/audit/audit.query.js';
import { dayIn, safeTimeZone, timeFormatter } from '../server/shared/time.js';

const at = new Date('2026-03-10T07:05:09Z');
const entry = (over: Partial<AuditEntryData>): AuditEntryData => ({
  id: 'e1', at, actorKind: 'staff', actorId: 'a'.repeat(24), actorName: 'Bu Rina', actorRole: 'moderator',
  action: 'suggestion.approve', targetId: null, before: null, after: null, ...over,
});
const log = (entries: AuditEntryData[], over: Partial<AuditLogData> = {}): AuditLogData => ({
  session: { id: 's', forumId: 'f', title: 'Sesi', prompts: [{ id: 'p2', text: 'Siapa yang harus terlibat?' }] },
  timeZone: 'Asia/Jakarta', entries, suggestions: {}, actors: [], actions: [], filter: {}, truncated: false, ...over,
});

describe('audit presenter (pure)', () => {
  it('says what changed in the session: settings, questions, categories; unknown actions keep their name', () => {
    const rows = toAuditRows(log([
      entry({ action: 'session.settings', before: { voting: true, maxLength: 1000 }, after: { voting: false, maxLength: 280 } }),
      entry({ action: 'session.prompt_switch', after: { promptId: 'p2' } }),
      entry({ action: 'suggestion.tag', after: { category: 'Fotografi' } }),
      entry({ action: 'suggestion.tag', after: { category: null } }),
      entry({ action: 'suggestion.reject', after: { status: 'rejected', rejectReason: null } }),
      entry({ action: 'suggestion.frobnicate' }),
    ]), 'id');
    expect(rows.map((r) => r.what)).to.deep.equal([
      'mengubah pengaturan: Dukungan (voting): ya → tidak; Panjang maksimum: 1000 → 280',
      'mengganti pertanyaan aktif: Siapa yang harus terlibat?',
      'memberi kategori: Fotografi',
      'menghapus kategori',
      'menolak',
      'suggestion.frobnicate',
    ]);
  });

  it('writes English for English readers, with the time in the forum\u2019s zone', () => {
    const data = log([entry({ action: 'suggestion.merge', targetId: 'x', after: { mergedInto: 'y' } })], { suggestions: { x: 'Dup', y: 'Target' }, timeZone: 'Asia/Jayapura' });
    const [row] = toAuditRows(data, 'en');
    expect(row).to.deep.include({ when: '10 Mar 2026, 16:05:09 WIT', stamp: '2026-03-10 16:05:09', who: 'Bu Rina', role: 'Moderator', what: 'merged into: Target', suggestion: 'Dup' });
  });

  it('tells anonymous participants apart in the actor filter, and marks the chosen filter', () => {
    const page = toAuditPage(log([], {
      actors: [
        { id: 'b'.repeat(20) + '12ab', kind: 'participant', name: null, role: null },
        { id: 'c'.repeat(24), kind: 'staff', name: 'Pak Budi', role: 'planner' },
      ],
      actions: ['suggestion.withdraw', 'suggestion.approve'],
      filter: { action: 'suggestion.approve' },
    }), 'id', false);
    expect(page.actors.map((a) => a.label)).to.deep.equal(['Pak Budi (Perencana)', 'Peserta anonim #12ab (Peserta)']);
    expect(page.actions).to.deep.equal([
      { value: 'suggestion.withdraw', label: 'menarik usulan', selected: false },
      { value: 'suggestion.approve', label: 'menyetujui', selected: true },
    ]);
    expect(page).to.deep.include({ filtered: true, query: 'action=suggestion.approve', zone: 'WIB', backHref: '/forums/f' });
  });

  it('falls back to WIB for a zone Intl does not know', () => {
    expect(safeTimeZone('Mars/Olympus')).to.equal('Asia/Jakarta');
    expect(timeFormatter('id', 'UTC').human(at)).to.equal('10 Mar 2026, 07.05.09 UTC');
  });
});

describe('calendar days in a forum zone (pure)', () => {
  it('puts an instant on the day it falls on in the zone, not in UTC', () => {
    const lateUtc = new Date('2026-03-10T18:30:00Z');
    expect(dayIn(lateUtc, 'Asia/Jakarta')).to.equal('2026-03-11');
    expect(dayIn(lateUtc, 'UTC')).to.equal('2026-03-10');
    expect(dayIn(null, 'Asia/Jakarta')).to.equal(null);
  });
});
