import { describe, expect, it } from 'vitest';
import { openDialog } from './timeline-dialog';

describe('openDialog', () => {
  it('takes focus, keeps Tab inside, and gives focus back to the opener on Escape', async () => {
    const opener = document.createElement('button');
    document.body.appendChild(opener);
    opener.focus();
    let closed = 0;
    const dialog = openDialog('Hide this entry?', 'test-dialog', () => closed++);
    const first = document.createElement('input');
    const last = document.createElement('button');
    dialog.body.appendChild(first);
    dialog.footer.appendChild(last);
    await Promise.resolve();

    expect(document.activeElement).toBe(first);
    expect(dialog.element.getAttribute('aria-labelledby')).toBe(dialog.element.querySelector('h2')!.id);
    last.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    document.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    const backTab = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, cancelable: true });
    document.dispatchEvent(backTab);
    expect(document.activeElement).toBe(last);

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('[data-testid=test-dialog]')).toBeNull();
    expect(document.activeElement).toBe(opener);
    dialog.close();
    expect(closed).toBe(1);
  });
});
