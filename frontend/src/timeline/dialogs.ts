import { openDialog } from '../platform/timeline-dialog';
import { button, clearErrors, field, showError, type Field } from '../platform/timeline-forms';
import { element } from './render';

export interface ReasonDialogOptions {
  title: string;
  testId: string;
  intro?: string;
  submitLabel: string;
  /** Fields before the reason (a severity choice, say); their `name` is the server's field name. */
  extraFields?: Field<HTMLElement>[];
  /** Sends the request; a rejection keeps the dialog open with the server's message in place. */
  submit(reason: string): Promise<void>;
}

/**
 * A dialog that asks why before a change (hide an entry, take a transition, change the severity). A refusal is shown
 * next to the field the server names, or at the top, and everything typed stays as it was.
 */
export function openReasonDialog(options: ReasonDialogOptions): void {
  const dialog = openDialog(options.title, options.testId);
  const general = element('p', 'hindsight-form__error');
  general.setAttribute('role', 'alert');
  general.hidden = true;
  dialog.body.appendChild(general);
  if (options.intro) dialog.body.appendChild(element('p', 'hindsight-dialog__intro', options.intro));
  const reasonInput = document.createElement('textarea');
  reasonInput.rows = 3;
  reasonInput.required = true;
  reasonInput.maxLength = 500;
  const reason = field(AJS.I18n.getText('hindsight.ui.timeline.reason'), reasonInput, 'reason');
  const fields: Field<HTMLElement>[] = [...(options.extraFields ?? []), reason];
  fields.forEach((each) => dialog.body.appendChild(each.wrapper));

  const submit = button(options.submitLabel, 'hindsight-button hindsight-button--primary', `${options.testId}-submit`);
  const cancel = button(AJS.I18n.getText('hindsight.ui.timeline.cancel'), 'hindsight-button', `${options.testId}-cancel`);
  dialog.footer.append(submit, cancel);
  cancel.addEventListener('click', () => dialog.close());
  const send = async () => {
    clearErrors(fields, general);
    submit.disabled = true;
    try {
      await options.submit(reasonInput.value);
      dialog.close();
    } catch (failure) {
      showError(fields, general, failure);
    } finally {
      submit.disabled = false;
    }
  };
  submit.addEventListener('click', () => void send());
  dialog.element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void send();
  });
}
