/**
 * A box that checks one citizen ID number or unified social credit code as it is typed. Digits
 * (with a final X) are read as an ID number, anything else with letters as a credit code.
 * @module
 */
import { parseCreditCode } from '../../../src/identifiers/creditCode.js';
import { parseIdNumber } from '../../../src/identifiers/idNumber.js';
import { provinceName } from '../../../src/identifiers/regions.js';
import { h } from '../dom.js';
import { word, type Locale } from '../i18n.js';

/**
 * What the box says about a text: `ok` and one line each of finding or problem.
 * @example
 * describeNumber('11010519491231002X', 'zh-CN').ok // true
 */
export function describeNumber(text: string, locale: Locale): { ok: boolean; lines: string[] } {
  const compact = text.replace(/[\s-]/g, '');
  if (compact === '') return { ok: false, lines: [] };
  const looksLikeId = /^\d{14,17}[\dXx]?$/.test(compact);
  if (looksLikeId) {
    const id = parseIdNumber(compact, { locale });
    if (id.ok && id.value) {
      const v = id.value;
      const province = provinceName(v.regionCode.slice(0, 2)) ?? v.regionCode.slice(0, 2);
      return { ok: true, lines: [word('idValid', locale), `${word('birth', locale)}：${v.birthDate}`, `${word('gender', locale)}：${v.gender}`, `${word('region', locale)}：${province}`] };
    }
    return { ok: false, lines: id.issues.map((i) => i.message) };
  }
  const code = parseCreditCode(compact, { locale });
  if (code.ok && code.value) {
    const { authority, orgType } = code.value;
    const names = [authority.name, orgType.name].filter((n) => n !== '').join(' · ');
    return { ok: true, lines: [word('creditValid', locale), `${word('registration', locale)}：${names || authority.code}`, `${word('region', locale)}：${code.value.regionCode}`] };
  }
  return { ok: false, lines: code.issues.map((i) => i.message) };
}

/** The box with its live answer. */
export function renderIdBox(locale: Locale): HTMLElement {
  const input = h('input', { type: 'text', id: 'id-input', autocomplete: 'off', spellcheck: 'false', maxlength: 40, 'data-testid': 'id-input' });
  const answer = h('div', { class: 'id-answer', 'data-testid': 'id-result', 'aria-live': 'polite' });
  input.addEventListener('input', () => {
    const { ok, lines } = describeNumber(input.value, locale);
    answer.className = `id-answer ${lines.length === 0 ? '' : ok ? 'ok' : 'bad'}`;
    answer.dataset.valid = lines.length === 0 ? '' : String(ok);
    answer.replaceChildren(...lines.map((line) => h('div', {}, line)));
  });
  return h('div', {}, h('label', { for: 'id-input' }, word('idLabel', locale)), input, h('p', { class: 'hint' }, word('idHint', locale)), answer);
}
