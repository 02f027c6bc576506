import './timeline-dialog.css';

// A modal dialog: focus moves in and is trapped there, Escape or Cancel closes it, focus returns to the opener.

export interface Dialog {
  /** The dialog element; put the content in `body` and the buttons in `footer`. */
  element: HTMLElement;
  body: HTMLElement;
  footer: HTMLElement;
  close(): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Opens a modal dialog titled `title`; `onClose` runs once, however it closes. */
export function openDialog(title: string, testId: string, onClose: () => void = () => {}): Dialog {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const backdrop = document.createElement('div');
  backdrop.className = 'hindsight-dialog-backdrop';
  const element = document.createElement('section');
  element.className = 'hindsight-dialog';
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-modal', 'true');
  element.dataset.testid = testId;
  const heading = document.createElement('h2');
  heading.className = 'hindsight-dialog__title';
  heading.id = `${testId}-title-${Math.random().toString(36).slice(2, 8)}`;
  heading.textContent = title;
  element.setAttribute('aria-labelledby', heading.id);
  const body = document.createElement('div');
  body.className = 'hindsight-dialog__body';
  const footer = document.createElement('div');
  footer.className = 'hindsight-dialog__footer';
  element.append(heading, body, footer);
  backdrop.appendChild(element);
  document.body.appendChild(backdrop);

  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    backdrop.remove();
    document.removeEventListener('keydown', onKey, true);
    onClose();
    opener?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      const focusable = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((node) => !node.hidden);
      if (focusable.length === 0) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && (document.activeElement === first || !element.contains(document.activeElement))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !element.contains(document.activeElement))) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  document.addEventListener('keydown', onKey, true);
  // Focus the first field once the caller has filled the dialog.
  queueMicrotask(() => {
    if (open) (element.querySelector<HTMLElement>(FOCUSABLE) ?? element).focus();
  });
  return { element, body, footer, close };
}
