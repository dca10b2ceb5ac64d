import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { VIEWS_DIR } from '../server/paths.js';
import { id } from '../server/i18n/id.js';
import { en } from '../server/i18n/en.js';
import { t } from '../server/i18n/index.js';
import { errorStatus } from '../server/errors.js';

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templates(path.join(dir, e.name)) : e.name.endsWith('.hbs') ? [path.join(dir, e.name)] : [],
  );
}

describe('views and texts', () => {
  it('no template renders unescaped output, except the layouts\' body slot', () => {
    for (const file of templates(VIEWS_DIR)) {
      const triples = readFileSync(file, 'utf8').match(/\{\{\{[^}]*\}\}\}/g) ?? [];
      const allowed = path.dirname(file).endsWith('layouts') ? ['{{{body}}}'] : [];
      expect(triples, path.relative(VIEWS_DIR, file)).to.deep.equal(allowed);
    }
  });

  it('every text exists in Bahasa Indonesia and English, including every error id', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(id).sort());
    for (const errId of Object.keys(errorStatus)) expect(id, errId).to.have.property(`errors.${errId}`);
  });

  it('every key used by a template exists', () => {
    for (const file of templates(VIEWS_DIR)) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt "([\w.]+)"/g)) {
        expect(id, `${path.basename(file)}: ${key}`).to.have.property(key!);
      }
    }
  });

  it('fills placeholders', () => {
    expect(t('id', 'home.title', { name: 'Ani' })).to.equal('Selamat datang, Ani');
    expect(t('en', 'users.created', { email: 'ani@bappeda.id' })).to.equal('Account ani@bappeda.id created.');
  });
});
