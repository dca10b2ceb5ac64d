/**
 * Informal Indonesian spellings and chat abbreviations -> standard words. Editable data: pass
 * overrides through SynthesisOptions.informal (an empty string deletes an entry).
 */
export const DEFAULT_INFORMAL: Readonly<Record<string, string>> = {
  yg: 'yang', yng: 'yang', dgn: 'dengan', dg: 'dengan', dengen: 'dengan', utk: 'untuk', untk: 'untuk', u: 'untuk',
  tdk: 'tidak', gak: 'tidak', ga: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak', enggak: 'tidak', engga: 'tidak', kagak: 'tidak',
  krn: 'karena', karna: 'karena', krna: 'karena', sdh: 'sudah', udah: 'sudah', udh: 'sudah', dah: 'sudah',
  bgt: 'banget', bngt: 'banget', jg: 'juga', jga: 'juga', blm: 'belum', blum: 'belum',
  dll: 'dan lain lain', dsb: 'dan sebagainya', dst: 'dan seterusnya', tsb: 'tersebut',
  sy: 'saya', sya: 'saya', aku: 'saya', gw: 'saya', gue: 'saya', gua: 'saya', ane: 'saya', aja: 'saja', aj: 'saja',
  lo: 'kamu', lu: 'kamu', loe: 'kamu', elo: 'kamu', elu: 'kamu', ente: 'kamu', ngapain: 'mengapa', napa: 'mengapa',
  bs: 'bisa', bsa: 'bisa', tp: 'tapi', tpi: 'tapi', trs: 'terus', lg: 'lagi', lgi: 'lagi',
  kalo: 'kalau', klo: 'kalau', kl: 'kalau', klau: 'kalau', gimana: 'bagaimana', gmn: 'bagaimana',
  sm: 'sama', org: 'orang', orng: 'orang', byk: 'banyak', bnyk: 'banyak', skrg: 'sekarang', skg: 'sekarang',
  jd: 'jadi', jdi: 'jadi', dr: 'dari', dri: 'dari', pd: 'pada', dlm: 'dalam', spy: 'supaya', biar: 'supaya',
  thd: 'terhadap', trhdp: 'terhadap', tmn: 'teman', temen: 'teman', bkn: 'bukan', msh: 'masih', masi: 'masih',
  hrs: 'harus', emg: 'memang', emang: 'memang', sblm: 'sebelum', ttg: 'tentang', mrk: 'mereka', kpd: 'kepada',
  dpt: 'dapat', sbg: 'sebagai', shg: 'sehingga', bbrp: 'beberapa', sj: 'saja', tau: 'tahu',
  yaa: 'ya', yah: 'ya', yuk: 'ayo',
  pengen: 'ingin', pingin: 'ingin', pgn: 'ingin', mksh: 'terima kasih', makasih: 'terima kasih', thx: 'thanks',
  bikin: 'buat', bkin: 'buat', kyk: 'seperti', kayak: 'seperti', trus: 'terus', dipake: 'dipakai', pake: 'pakai',
  ekraf: 'ekonomi kreatif', medsos: 'media sosial', sosmed: 'media sosial', pemkot: 'pemerintah kota',
  pemkab: 'pemerintah kabupaten', pemda: 'pemerintah daerah', pemprov: 'pemerintah provinsi',
  haki: 'hki', ukm: 'umkm', 'co-working': 'coworking', cowork: 'coworking',
  'e-commerce': 'ecommerce', 'start-up': 'startup', 'start-ups': 'startup', startups: 'startup',
};

/**
 * Domain acronyms that stay one unstemmed token and are written in capitals in labels. Words
 * that are also ordinary words (IT/it, AI, AR, PT) are left out: written in capitals in a
 * suggestion they are recognised anyway.
 */
export const DEFAULT_ACRONYMS: readonly string[] = [
  'sdm', 'umkm', 'ikm', 'hki', 'opd', 'apbd', 'apbn', 'csr', 'kur', 'bumn', 'bumd', 'ui', 'ux',
  'iot', 'vr', 'seo', 'tik', 'smk', 'dkv', 'ott', 'nib', 'pirt', 'bpom', 'bekraf', 'kemenparekraf', 'bappeda',
  'pdb', 'ojk', 'b2b', 'b2c',
];
