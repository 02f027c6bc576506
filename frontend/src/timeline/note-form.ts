import { button, clearErrors, field, showError, showFieldError, type Field } from '../platform/timeline-forms';
import { localInputToUtc } from '../platform/timeline-time';
import type { NewNote, TimelineEvent } from './api';
import { HUMAN_KINDS, kindLabel } from './kinds';
import { element } from './render';

/**
 * Adding an entry by hand: kind, summary, details, evidence link, and when it happened in the viewer's local time
 * (sent as UTC; empty means now). A refusal shows next to its field and keeps what was typed.
 */
export class NoteForm {
  readonly element: HTMLFormElement;
  private readonly fields: Field<HTMLElement>[];
  private readonly general: HTMLElement;
  private readonly kind: HTMLSelectElement;
  private readonly summary: HTMLInputElement;
  private readonly details: HTMLTextAreaElement;
  private readonly evidence: HTMLInputElement;
  private readonly occurredAt: HTMLInputElement;
  private readonly utcPreview: HTMLElement;

  constructor(private readonly send: (note: NewNote) => Promise<TimelineEvent>, private readonly onAdded: (event: TimelineEvent) => void) {
    this.element = document.createElement('form');
    this.element.className = 'hindsight-form hindsight-note-form';
    this.element.dataset.testid = 'note-form';
    this.element.noValidate = true;
    this.element.setAttribute('aria-label', AJS.I18n.getText('hindsight.ui.timeline.note.title'));
    this.general = element('p', 'hindsight-form__error');
    this.general.setAttribute('role', 'alert');
    this.general.hidden = true;

    this.kind = document.createElement('select');
    for (const kind of HUMAN_KINDS) this.kind.add(new Option(kindLabel(kind), kind));
    this.summary = document.createElement('input');
    this.summary.type = 'text';
    this.summary.maxLength = 255;
    this.summary.required = true;
    this.details = document.createElement('textarea');
    this.details.rows = 2;
    this.evidence = document.createElement('input');
    this.evidence.type = 'url';
    this.evidence.placeholder = 'https://';
    this.occurredAt = document.createElement('input');
    this.occurredAt.type = 'datetime-local';
    this.occurredAt.step = '1';
    const offset = -new Date().getTimezoneOffset();
    const zone = `UTC${offset >= 0 ? '+' : '-'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    const occurredField = field(AJS.I18n.getText('hindsight.ui.timeline.note.occurredAt'), this.occurredAt, 'occurredAt',
      AJS.I18n.getText('hindsight.ui.timeline.note.occurredAtHint', zone));
    this.utcPreview = element('p', 'hindsight-field__hint');
    this.utcPreview.setAttribute('aria-live', 'polite');
    occurredField.wrapper.insertBefore(this.utcPreview, occurredField.error);
    this.occurredAt.addEventListener('input', () => this.previewUtc());

    this.fields = [
      field(AJS.I18n.getText('hindsight.ui.timeline.note.kind'), this.kind, 'kind'),
      field(AJS.I18n.getText('hindsight.ui.timeline.note.summary'), this.summary, 'summary'),
      field(AJS.I18n.getText('hindsight.ui.timeline.note.details'), this.details, 'details'),
      field(AJS.I18n.getText('hindsight.ui.timeline.note.evidenceLink'), this.evidence, 'evidenceLink'),
      occurredField,
    ];
    const submit = button(AJS.I18n.getText('hindsight.ui.timeline.note.add'), 'hindsight-button hindsight-button--primary', 'note-submit');
    submit.type = 'submit';
    this.element.append(this.general, ...this.fields.map((each) => each.wrapper), submit);
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(submit);
    });
  }

  focus(): void {
    this.summary.focus();
  }

  private previewUtc(): void {
    const utc = localInputToUtc(this.occurredAt.value);
    this.utcPreview.textContent = typeof utc === 'string'
      ? AJS.I18n.getText('hindsight.ui.timeline.note.inUtc', `${utc.slice(0, 19).replace('T', ' ')} UTC`) : '';
  }

  private async submit(submitButton: HTMLButtonElement): Promise<void> {
    clearErrors(this.fields, this.general);
    const occurredAt = localInputToUtc(this.occurredAt.value);
    if (occurredAt === undefined) {
      showFieldError(this.fields, this.general, 'occurredAt', AJS.I18n.getText('hindsight.ui.timeline.note.badTime'));
      return;
    }
    const note: NewNote = { kind: this.kind.value, summary: this.summary.value };
    if (this.details.value.trim() !== '') note.details = this.details.value;
    if (this.evidence.value.trim() !== '') note.evidenceLink = this.evidence.value.trim();
    if (occurredAt !== null) note.occurredAt = occurredAt;
    submitButton.disabled = true;
    try {
      const added = await this.send(note);
      this.summary.value = '';
      this.details.value = '';
      this.evidence.value = '';
      this.occurredAt.value = '';
      this.previewUtc();
      this.onAdded(added);
    } catch (failure) {
      showError(this.fields, this.general, failure);
    } finally {
      submitButton.disabled = false;
    }
  }
}
