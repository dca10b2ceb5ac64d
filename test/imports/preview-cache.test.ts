import { expect } from 'chai';
import { createPreviewCache } from '../../server/imports/preview-cache.js';

const draft = (staffId: string, forumId = 'f1') => ({ forumId, staffId, fileNames: ['a.txt'], format: 'whatsapp' as const, sources: [], timeZone: 'Asia/Jakarta', messages: [] });

describe('imports: preview cache', () => {
  it('gives a preview only to the person who made it, on its forum, until it expires', () => {
    let now = 0;
    const cache = createPreviewCache({ ttlMs: 1000, now: () => now });
    const p = cache.put(draft('ani'));
    expect(p.id).to.match(/^[A-Za-z0-9_-]{22}$/);
    expect(cache.get(p.id, 'ani', 'f1')).to.equal(p);
    expect(cache.get(p.id, 'budi', 'f1')).to.equal(null);
    expect(cache.get(p.id, 'ani', 'f2')).to.equal(null);
    now = 1000;
    expect(cache.get(p.id, 'ani', 'f1')).to.equal(null);
  });

  it("replaces a person's earlier preview of the forum, and holds at most `max` previews", () => {
    const cache = createPreviewCache({ max: 2 });
    const first = cache.put(draft('ani'));
    const second = cache.put(draft('ani'));
    expect(cache.get(first.id, 'ani', 'f1')).to.equal(null);
    const budi = cache.put(draft('budi'));
    const citra = cache.put(draft('citra'));
    expect(cache.get(second.id, 'ani', 'f1')).to.equal(null); // the oldest went
    expect([cache.get(budi.id, 'budi', 'f1'), cache.get(citra.id, 'citra', 'f1')]).to.deep.equal([budi, citra]);
    cache.delete(budi.id);
    expect(cache.get(budi.id, 'budi', 'f1')).to.equal(null);
    cache.restore(budi);
    expect(cache.get(budi.id, 'budi', 'f1')).to.equal(budi);
  });
});
