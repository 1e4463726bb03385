// The page: asks for the API key once (kept in sessionStorage), switches language, and shows one view at a time by the
// address's fragment (#/search, #/person/P12, #/paths, #/conflicts, #/shortlists, #/flows).

import { apiKey, whenUnauthorized } from './api.js';
import * as conflicts from './conflicts.js';
import * as flows from './flows.js';
import { currentLanguage, onLanguageChange, setLanguage, translate } from './i18n.js';
import * as paths from './paths.js';
import * as profile from './profile.js';
import * as search from './search.js';
import * as shortlists from './shortlists.js';

const VIEWS = { search, profile, paths, conflicts, shortlists, flows };

function route() {
  const [, name = 'search', argument] = location.hash.split('/');
  const view = name === 'person' ? 'profile' : name in VIEWS ? name : 'search';
  for (const section of document.querySelectorAll('main > .view')) section.hidden = section.id !== `view-${view}`;
  for (const link of document.querySelectorAll('nav.views a')) {
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (name === 'person' && argument) profile.open(decodeURIComponent(argument));
  VIEWS[view].shown?.();
}

function askForKey(refused) {
  document.getElementById('app').hidden = true;
  document.getElementById('forget-key').hidden = true;
  document.getElementById('key-gate').hidden = false;
  document.getElementById('key-refused').hidden = !refused;
  document.getElementById('key-input').focus();
}

function start() {
  document.getElementById('key-gate').hidden = true;
  document.getElementById('app').hidden = false;
  document.getElementById('forget-key').hidden = false;
  route();
}

const language = document.getElementById('language');
language.value = currentLanguage();
language.addEventListener('change', () => setLanguage(language.value));
translate(document);
onLanguageChange(() => Object.values(VIEWS).forEach((view) => view.redraw?.()));

whenUnauthorized(() => {
  apiKey.clear();
  askForKey(true);
});
document.getElementById('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('key-input');
  apiKey.set(input.value);
  input.value = '';
  start();
});
document.getElementById('forget-key').addEventListener('click', () => {
  apiKey.clear();
  askForKey(false);
});

Object.values(VIEWS).forEach((view) => view.init?.());
window.addEventListener('hashchange', route);
if (apiKey.get()) start();
else askForKey(false);
