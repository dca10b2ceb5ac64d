import { expect } from 'chai';
import { csvField, escapeHtml, escapeMarkdown, neutraliseFormula, stripInvalidXml, toWinAnsi } from '../../server/reports/render/safe.js';
import { barChartSvg } from '../../server/reports/render/charts.js';
import { MALICIOUS } from './fixture.js';

describe('reports: escaping helpers', () => {
  it('escapes HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('makes Markdown markup, links, HTML and pipes literal', () => {
    const md = escapeMarkdown(MALICIOUS);
    expect(md).to.not.match(/<script/);
    expect(md).to.contain('&lt;script&gt;');
    expect(md).to.contain('\\*\\*bold\\*\\*');
    expect(md).to.contain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(md.split(/(?<!\\)\|/)).to.have.length(1);
    expect(escapeMarkdown('# judul')).to.equal('\\# judul');
    expect(escapeMarkdown('- daftar')).to.equal('\\- daftar');
    expect(escapeMarkdown('1. satu')).to.equal('1\\. satu');
    expect(escapeMarkdown('baris\nbaru')).to.equal('baris baru');
    expect(escapeMarkdown('Tom & Jerry &amp;')).to.equal('Tom & Jerry &amp;amp;');
  });

  it('neutralises spreadsheet formulas and quotes CSV per RFC 4180', () => {
    for (const s of ['=1+1', '+62', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(s)).to.equal(`'${s}`);
    expect(neutraliseFormula('Kuliner = enak')).to.equal('Kuliner = enak');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('kata "kunci"')).to.equal('"kata ""kunci"""');
    expect(csvField('dua\nbaris')).to.equal('"dua\nbaris"');
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).to.equal('-3');
  });

  it('keeps WinAnsi text for the PDF fonts and replaces the rest without crashing', () => {
    expect(toWinAnsi('Pelatihan “SDM” — café €5 … ok')).to.equal('Pelatihan “SDM” — café €5 … ok');
    expect(toWinAnsi('emoji 🎨 dan 👩‍👩‍👧')).to.equal('emoji ? dan ???');
    expect(toWinAnsi('panah → ≥ ŭ ﬁ \u200b\u0007')).to.equal('panah -> >= u fi ');
    expect(toWinAnsi('lone \ud800 surrogate')).to.equal('lone ? surrogate');
    expect(toWinAnsi('a\r\nb\tc')).to.equal('a\nb c');
    expect(toWinAnsi('数据')).to.equal('??');
  });

  it('strips characters XML cannot hold', () => {
    expect(stripInvalidXml('a\u0000b\u0008c\ud800d\tok')).to.equal('abcd\tok');
  });

  it('draws chart labels escaped and truncated', () => {
    const svg = barChartSvg({ id: 'c', title: 'Judul <b>', rows: [{ label: '<script>alert(1)</script>', value: 3 }, { label: 'x'.repeat(80), value: 0 }] });
    expect(svg).to.not.contain('<script');
    expect(svg).to.not.contain('<b>');
    expect(svg).to.contain('&lt;script&gt;');
    expect(svg).to.contain('…');
    expect(svg).to.match(/^<svg [^>]*role="img"/);
  });
});
