import { RequestFailure } from './screens-api';
import { el } from './screens-dom';
import { clearErrors, field, fieldCandidates, inputFor, showError } from './screens-forms';

function form(): { form: HTMLFormElement; zone: HTMLInputElement; name: HTMLInputElement } {
  const zone = el('input', { type: 'text', id: 'zone' });
  const name = el('input', { type: 'text', id: 'name' });
  const result = el('form', { id: 'f' }, field('Zone', zone, 'businessCalendar.timeZone'), field('Name', name, 'rules[0].name'));
  document.body.replaceChildren(result);
  return { form: result, zone, name };
}

describe('server refusals next to their fields', () => {
  it('lists a field and each of its parents, most specific first', () => {
    expect(fieldCandidates('rules[0].match[1]')).toEqual(['rules[0].match[1]', 'rules[0].match', 'rules[0]', 'rules']);
    expect(fieldCandidates('levels.SEV-1.postmortemDue.elapsed')).toEqual([
      'levels.SEV-1.postmortemDue.elapsed', 'levels.SEV-1.postmortemDue', 'levels.SEV-1', 'levels']);
  });

  it('puts the message after the named input, marks it invalid, focuses it and keeps what was typed', () => {
    const { form: f, zone } = form();
    zone.value = 'Mars/Olympus';
    showError(f, new RequestFailure({ status: 400, code: 'invalid_input', field: 'businessCalendar.timeZone',
      message: 'Use an IANA time zone such as Europe/Berlin.' }), 'fallback');
    const message = zone.nextElementSibling as HTMLElement;
    expect(message.textContent).toBe('Use an IANA time zone such as Europe/Berlin.');
    expect(message.getAttribute('role')).toBe('alert');
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(zone.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(zone);
    expect(zone.value).toBe('Mars/Olympus');
  });

  it('finds the nearest input for a deeper field, and puts an unknown field at the top', () => {
    const { form: f, name } = form();
    expect(inputFor(f, 'rules[0].name.first')).toBe(name);
    const message = showError(f, new RequestFailure({ status: 400, code: 'x', field: 'nothing.here', message: 'No.' }), 'fallback');
    expect(f.firstElementChild).toBe(message);
  });

  it('shows a network failure at the top, and clears old errors before new ones', () => {
    const { form: f, zone } = form();
    showError(f, new RequestFailure({ status: 400, code: 'x', field: 'businessCalendar.timeZone', message: 'one' }), 'fallback');
    showError(f, new Error('boom'), 'Something went wrong.');
    expect(f.querySelectorAll('.hs-field-error')).toHaveLength(1);
    expect(f.firstElementChild?.textContent).toBe('Something went wrong.');
    expect(zone.hasAttribute('aria-invalid')).toBe(false);
    clearErrors(f);
    expect(f.querySelectorAll('.hs-field-error')).toHaveLength(0);
  });

  it('shows hostile server text as text', () => {
    const { form: f } = form();
    const message = showError(f, new RequestFailure({ status: 400, code: 'x', field: 'rules[0].name',
      message: '<img src=x onerror=alert(1)>' }), 'fallback');
    expect(message.querySelector('img')).toBeNull();
    expect(message.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
