import { RequestFailure, type ApiError } from './screens-api';
import { el } from './screens-dom';

// Puts a server refusal next to the field it names. Inputs say which server field they hold with data-field
// ("businessCalendar.timeZone", "rules[0].match"); a refusal naming a deeper field ("rules[0].match[1]") lands on
// the nearest input that holds a prefix of it, and one naming no known field goes to the form's top. Nothing the
// user typed is touched: values stay, and the field in error gets the focus.

const ERROR_CLASS = 'hs-field-error';

export function clearErrors(form: HTMLElement): void {
  form.querySelectorAll(`.${ERROR_CLASS}`).forEach((node) => node.remove());
  form.querySelectorAll('[aria-invalid="true"]').forEach((node) => {
    node.removeAttribute('aria-invalid');
    const describedBy = (node.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
    if (describedBy.length === 0) node.removeAttribute('aria-describedby');
    else node.setAttribute('aria-describedby', describedBy.join(' '));
  });
}

/** The candidates for a server field name, most specific first: a.b[1].c, a.b[1], a.b, a. */
export function fieldCandidates(field: string): string[] {
  const candidates: string[] = [];
  let current = field;
  while (current !== '') {
    candidates.push(current);
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut <= 0 ? '' : current.slice(0, cut);
  }
  return candidates;
}

/** The input that holds {@code field} or its nearest parent, if the form has one. */
export function inputFor(form: HTMLElement, field: string | null | undefined): HTMLElement | null {
  if (!field) return null;
  for (const candidate of fieldCandidates(field)) {
    const match = Array.from(form.querySelectorAll<HTMLElement>('[data-field]'))
      .find((node) => node.dataset.field === candidate);
    if (match) return match;
  }
  return null;
}

/** Shows the error next to its field (or at the top of the form) and focuses that field; answers the message node. */
export function showError(form: HTMLElement, failure: unknown, fallback: string): HTMLElement {
  clearErrors(form);
  const error: ApiError | null = failure instanceof RequestFailure ? failure.error : null;
  const input = inputFor(form, error?.field);
  const id = `${input?.id || form.id || 'hs-form'}-error`;
  const message = el('p', { class: ERROR_CLASS, id, role: 'alert' }, error?.message ?? fallback);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    const describedBy = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', describedBy ? `${describedBy} ${id}` : id);
    input.insertAdjacentElement('afterend', message);
    input.focus();
  } else {
    form.prepend(message);
  }
  return message;
}

let labelled = 0;

/** A labelled input row; the input carries data-field so refusals find it. */
export function field(label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  serverField: string, hint?: string): HTMLElement {
  labelled += 1;
  input.id = input.id || `hs-field-${labelled}`;
  input.dataset.field = serverField;
  const row = el('div', { class: 'hs-field' }, el('label', { for: input.id }, label), input);
  if (hint) {
    const hintId = `${input.id}-hint`;
    input.setAttribute('aria-describedby', hintId);
    row.appendChild(el('small', { id: hintId, class: 'hs-hint' }, hint));
  }
  return row;
}
