/** Each reader's edge cases: locales, day/month order, time zones, continuation lines, mapping. */
import { expect } from 'chai';
import { parseImport } from '../../server/imports/formats/parse.js';
import { formatInZone } from '../../server/imports/formats/time.js';
import type { ParseOptions } from '../../server/imports/import.types.js';

const parse = (text: string | Buffer, options: Partial<ParseOptions> = {}) =>
  parseImport(typeof text === 'string' ? Buffer.from(text) : text, { fileName: 'export.txt', ...options });
const times = async (text: string, options: Partial<ParseOptions> = {}) =>
  (await parse(text, options)).messages.map((m) => (m.at ? formatInZone(m.at, options.timeZone) : null));

describe('WhatsApp reader', () => {
  it('decides day/month order from all dates: a day over 12 anywhere settles it', async () => {
    const dmy = '03/11/26 19.02 - Budi: usul satu\n13/11/26 19.03 - Sari: usul dua\n';
    expect(await times(dmy)).to.deep.equal(['2026-11-03T19:02:00+07:00', '2026-11-13T19:03:00+07:00']);
    const mdy = '11/03/26, 7:02 PM - Budi: usul satu\n11/13/26, 7:03 PM - Sari: usul dua\n';
    expect(await times(mdy)).to.deep.equal(['2026-11-03T19:02:00+07:00', '2026-11-13T19:03:00+07:00']);
  });

  it('with no day over 12, keeps time moving forward, else day first for 24-hour clocks and month first for AM/PM', async () => {
    // 05/11 then 06/10: day-first goes back a month, month-first goes forward
    expect(await times('05/11/26 09.00 - A: satu\n06/10/26 09.00 - B: dua\n')).to.deep.equal(['2026-05-11T09:00:00+07:00', '2026-06-10T09:00:00+07:00']);
    expect(await times('03/11/26 09.00 - A: satu\n04/11/26 09.00 - B: dua\n')).to.deep.equal(['2026-11-03T09:00:00+07:00', '2026-11-04T09:00:00+07:00']);
    expect(await times('3/11/26, 9:00 AM - A: satu\n4/11/26, 9:00 AM - B: dua\n')).to.deep.equal(['2026-03-11T09:00:00+07:00', '2026-04-11T09:00:00+07:00']);
  });

  it('reads four-digit years, 12 AM / 12 PM, seconds, dotted and colon times', async () => {
    expect(await times('20/11/2026 00.15 - A: satu\n')).to.deep.equal(['2026-11-20T00:15:00+07:00']);
    expect(await times('[11/20/26, 12:05:09\u202fAM] A: satu\n[11/20/26, 12:05:10\u202fPM] B: dua\n')).to.deep.equal([
      '2026-11-20T00:05:09+07:00',
      '2026-11-20T12:05:10+07:00',
    ]);
    expect(await times('2026-11-20 19:02 - A: satu\n')).to.deep.equal(['2026-11-20T19:02:00+07:00']);
  });

  it('reads the header styles of other phone locales', async () => {
    const utc = { timeZone: 'UTC' };
    expect(await times('13.06.18 21.25.15: a: m\n', utc)).to.deep.equal(['2018-06-13T21:25:15+00:00']);
    expect(await times('13.6.2018 klo 21.25.15 - a: m\n', utc)).to.deep.equal(['2018-06-13T21:25:15+00:00']);
    expect(await times('13. 6. 2018. 21:25:15 a: m\n', utc)).to.deep.equal(['2018-06-13T21:25:15+00:00']);
    expect(await times('[2018/06/13, 21:25:15] a: m\n', utc)).to.deep.equal(['2018-06-13T21:25:15+00:00']);
    expect(await times('\u200e[3/6/18 1:55:00 p. m.] a: m\n[13/6/18 1:55:00 p. m.] b: < attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >\n', utc)).to.deep.equal([
      '2018-06-03T13:55:00+00:00',
      '2018-06-13T13:55:00+00:00',
    ]);
    expect(await times('20/11/2026 pukul 19.02 - Budi: usul\n')).to.deep.equal(['2026-11-20T19:02:00+07:00']);
  });

  it('builds the instant in the zone asked for', async () => {
    const [at] = (await parse('20/11/26 19.02 - A: usul\n', { timeZone: 'Asia/Makassar' })).messages.map((m) => m.at?.toISOString());
    expect(at).to.equal('2026-11-20T11:02:00.000Z');
  });

  it('keeps a continuation line that opens with a date and a time inside its message', async () => {
    const { messages } = await parse('20/11/26 19.02 - Budi: Usul saya:\n12/12/2026 jam 10.00 rapat lanjutan soal trotoar\n20/11/26 19.05 - Sari: setuju\n');
    expect(messages.map((m) => m.text)).to.deep.equal(['Usul saya:\n12/12/2026 jam 10.00 rapat lanjutan soal trotoar', 'setuju']);
  });

  it('takes system lines with a colon for system lines, and names with colons-free titles for authors', async () => {
    const { messages } = await parse(
      '20/11/26 19.00 - Budi mengubah subjek dari "Forum" menjadi "Forum: Ekraf"\n' +
        '20/11/26 19.01 - Dr. Ir. Budi, M.T.: Catatan: trotoar Jl. Slamet Riyadi rusak (foto: https://x.id/a:b)\n' +
        '20/11/26 19.02 - ‪+62 812-3456-7890‬: usul: wifi taman\n',
    );
    expect(messages.map((m) => [m.author, m.text, m.why])).to.deep.equal([
      [null, 'Budi mengubah subjek dari "Forum" menjadi "Forum: Ekraf"', 'system'],
      ['Dr. Ir. Budi, M.T.', 'Catatan: trotoar Jl. Slamet Riyadi rusak (foto: https://x.id/a:b)', null],
      ['+62 812-3456-7890', 'usul: wifi taman', null],
    ]);
  });

  it('drops the edited marker and the iOS "~" before unsaved names', async () => {
    const { messages } = await parse('[20/11/26 19.02.11] ~\u202fDimas: usul ruang kreatif <Pesan ini diedit>\n[20/11/26 19.03.11] Sari: galeri seni \u200e<This message was edited>\n');
    expect(messages[0]?.author).to.equal('Dimas');
    expect(messages[0]?.text).to.equal('usul ruang kreatif');
    expect(messages[1]?.text).to.equal('galeri seni');
  });
});

describe('Zoom chat reader', () => {
  const chat = '23:59:40 From Budi to Everyone:\n\tusul: ruang kreatif 24 jam\n00:00:20 From Sari to Everyone:\n\tsetuju\n';

  it('has no time without a date, takes --date, or a date in the file name', async () => {
    expect(await times(chat)).to.deep.equal([null, null]);
    expect(await times(chat, { date: '2026-11-20' })).to.deep.equal(['2026-11-20T23:59:40+07:00', '2026-11-21T00:00:20+07:00']);
    expect(await times(chat, { fileName: '2026-11-20 19.00.00 Forum Ekraf/meeting_saved_chat.txt' })).to.deep.equal([
      '2026-11-20T23:59:40+07:00',
      '2026-11-21T00:00:20+07:00',
    ]);
  });

  it('leaves out direct and private messages, in both generations of the format', async () => {
    const current = '19:00:00 From Budi to Everyone:\n\tusul publik\n19:01:00 From Sari to Budi(Direct Message):\n\tnomor WA bapak?\n';
    expect((await parse(current)).messages.map((m) => m.text)).to.deep.equal(['usul publik']);
    const old = '19:00:00\t From  Budi : usul publik\n19:01:00\t From  Sari  to  Budi(Privately) : rahasia\n19:02:00 From Ani: usul: galeri\n';
    expect((await parse(old)).messages.map((m) => [m.author, m.text])).to.deep.equal([
      ['Budi', 'usul publik'],
      ['Ani', 'usul: galeri'],
    ]);
  });

  it('keeps a reply without its quote and marks reactions', async () => {
    const text = '19:00:00 From Budi to Everyone:\n\tReplying to "usul: ruang..."\n\t\n\tsetuju, plus galeri seni di Pasar Gede\n19:00:05 From Sari to Everyone:\n\tReacted to "usul: ruang..." with 👍\n';
    const { messages } = await parse(text);
    expect(messages.map((m) => [m.text, m.keep, m.why])).to.deep.equal([
      ['setuju, plus galeri seni di Pasar Gede', true, null],
      ['Reacted to "usul: ruang..." with 👍', false, 'reaction'],
    ]);
  });

  it('reads a chat whose tabs became spaces, and skips a removed reaction', async () => {
    const text = '19:00:00 From Budi to Everyone:\n    usul: galeri seni\n    di Pasar Gede\n19:00:05 From Sari to Everyone:\n    Removed a 👍 reaction from "usul: galeri..."\n';
    const { messages } = await parse(text);
    expect(messages.map((m) => [m.text, m.why])).to.deep.equal([
      ['usul: galeri seni\ndi Pasar Gede', null],
      ['Removed a 👍 reaction from "usul: galeri..."', 'reaction'],
    ]);
  });
});

describe('Zoom Q&A reader', () => {
  it('reads a report with the newer columns, without a preamble, and drops anonymous askers\' names', async () => {
    const csv = 'Question,Asker Name,Asker Email,Answered By,Answer,Question Time\n"Bagaimana skema hibah, dan kapan dibuka?",Anto,a@b.id,Moderator,Tahun depan,2026-11-20 09:05:12\nApakah ada inkubator game?,Anonymous Attendee,,,,2026-11-20 09:07:40\n';
    const { format, messages } = await parse(csv, { fileName: 'qa.csv' });
    expect(format).to.equal('zoom-qa');
    expect(messages.map((m) => [m.author, m.text, m.at ? formatInZone(m.at) : null])).to.deep.equal([
      ['Anto', 'Bagaimana skema hibah, dan kapan dibuka?', '2026-11-20T09:05:12+07:00'],
      [null, 'Apakah ada inkubator game?', '2026-11-20T09:07:40+07:00'],
    ]);
  });
});

describe('sheet reader', () => {
  it('uses the mapping given instead of guessing', async () => {
    const csv = 'Waktu,Nama,Catatan panitia,Isi\n20/11/2026 19:02:11,Budi,hadir,ruang kreatif di tiap kecamatan\n';
    const guessed = await parse(csv, { fileName: 'rekap.csv' });
    expect(guessed.mapping?.text).to.equal(3);
    const given = await parse(csv, { fileName: 'rekap.csv', mapping: { text: 2, author: 1, organisation: null, role: null, subsector: null, time: 0 } });
    expect(given.messages[0]?.text).to.equal('hadir');
    expect(given.messages[0]?.author).to.equal('Budi');
  });

  it('skips a title row above the header and reads US-ordered times', async () => {
    const csv = 'Rekap Masukan Forum Ekraf\n\nTimestamp,Name,Suggestion\n11/20/2026 7:02:11 PM,Budi,ruang kreatif\n11/21/2026 8:00:00 AM,Sari,galeri seni\n';
    const result = await parse(csv, { fileName: 'rekap.csv' });
    expect(result.columns).to.deep.equal(['Timestamp', 'Name', 'Suggestion']);
    expect(result.messages.map((m) => (m.at ? formatInZone(m.at) : null))).to.deep.equal(['2026-11-20T19:02:11+07:00', '2026-11-21T08:00:00+07:00']);
  });

  it('tells a "Sektor" column of pentahelix actors from one of subsectors, and reads pentahelix initials', async () => {
    const roles = await parse('Nama,Sektor,Usulan\nBudi,Akademisi,galeri seni publik\nSari,Pelaku Ekonomi Kreatif,pasar kriya\nAni,G,data terbuka\n', { fileName: 'x.csv' });
    expect(roles.mapping).to.include({ role: 1, subsector: null });
    expect(roles.messages.map((m) => m.role)).to.deep.equal(['akademisi', 'bisnis', 'pemerintah']);
    const subsectors = await parse('Nama,Sektor,Usulan\nBudi,Kuliner,festival kuliner\nSari,Kriya,pasar kriya\n', { fileName: 'x.csv' });
    expect(subsectors.mapping).to.include({ role: null, subsector: 1 });
    expect(subsectors.messages.map((m) => m.subsector)).to.deep.equal(['Kuliner', 'Kriya']);
  });

  it('finds the header below a report preamble (a Zoom Q&A report saved as a sheet)', async () => {
    const csv = 'Question and Answer Report\nTopic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Question\nForum,812 3456 7890,"Nov 20, 2026 08:58 AM",152,2\n\n#,Question,Asker Name,Asker Email,Answer(s)\n1,Bagaimana skema hibah untuk komunitas film?,Anto,a@b.id,live answered\n2,Apakah ada inkubator game?,Fajar,f@g.id,live answered\n';
    const result = await parse(csv, { fileName: 'qa.csv', format: 'csv' });
    expect(result.mapping).to.include({ text: 1, author: 2 });
    expect(result.messages.map((m) => m.author)).to.deep.equal(['Anto', 'Fajar']);
  });

  it('reads a CSV saved with an .xlsx name as the CSV it is', async () => {
    const result = await parse('Nama,Saran\nBudi,galeri seni publik\n', { fileName: 'rekap.xlsx' });
    expect(result.format).to.equal('csv');
  });

  it('reads answers on both sides of a blank row', async () => {
    const result = await parse('Nama,Saran\nBudi,galeri seni publik\nSari,pasar kriya malam\n\nAni,data terbuka ekraf\n', { fileName: 'x.csv' });
    expect(result.columns).to.deep.equal(['Nama', 'Saran']);
    expect(result.messages.map((m) => m.author)).to.deep.equal(['Budi', 'Sari', 'Ani']);
  });

  it('keeps an empty answer as a skipped row (the planner sees it)', async () => {
    const { messages } = await parse('Nama;Saran\nBudi;\nSari;galeri seni publik\n', { fileName: 'x.csv' });
    expect(messages.map((m) => [m.author, m.keep, m.why])).to.deep.equal([
      ['Budi', false, 'empty'],
      ['Sari', true, null],
    ]);
  });
});
