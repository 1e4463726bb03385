// Persons written as ids (P12, 12) or names: a name is looked up (GET /api/persons?name=) and its first match taken,
// with a note saying whom it was taken to be, so the user sees every guess.

import { ApiError, getJson } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const ID = /^p?(\d+)$/i;

/** Splits a list typed by the user (commas, semicolons or lines) into its entries. */
export function entries(text) {
  return String(text ?? '').split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** Resolves each entry to an id; returns the ids and the notes for the names looked up. Throws when a name finds no one. */
export async function resolve(list) {
  const ids = [];
  const notes = [];
  for (const text of list) {
    const id = ID.exec(text);
    if (id) {
      ids.push(`P${id[1]}`);
      continue;
    }
    const answer = await getJson('/api/persons', { name: text, limit: '5' });
    const found = answer.persons ?? [];
    if (found.length === 0) throw new ApiError(404, t('resolve.none', { text }));
    const first = found[0];
    ids.push(first.personId);
    notes.push(el('li', {}, t('resolve.found', { text, id: first.personId, name: [first.name, first.institution].filter(Boolean).join(', ') }),
      found.length > 1 ? ` ${t('resolve.others', { n: found.length - 1 })}` : ''));
  }
  return { ids, notes };
}
