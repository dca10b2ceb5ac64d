import { $, show } from '../lib/dom.js';

/**
 * The console's one in-page dialog (a native <dialog> opened modally: focus moves in and stays
 * there, Esc closes it, the page behind is inert). Replaces window.prompt/confirm, whose Cancel
 * could not be told apart from an empty answer and which screen readers announce poorly.
 * Every ask resolves to null when the moderator cancels (button, Esc), so callers never act then.
 */
export interface Ask {
  title: string;
  body?: string;
  ok: string;
  cancel: string;
  /** A text field (reason, edited text); absent for a plain confirmation. */
  field?: { label: string; value?: string; maxLength: number; required?: boolean };
  danger?: boolean;
}

export function createDialog(): (ask: Ask) => Promise<string | null> {
  const dialog = $('mod-dialog') as HTMLDialogElement;
  const form = $('mod-dialog-form') as HTMLFormElement;
  const input = $('mod-dialog-input') as HTMLTextAreaElement;
  const ok = $('mod-dialog-ok') as HTMLButtonElement;
  const cancel = $('mod-dialog-cancel') as HTMLButtonElement;
  let settle: ((v: string | null) => void) | null = null;

  const finish = (value: string | null) => {
    const s = settle;
    settle = null;
    if (dialog.open) dialog.close();
    s?.(value);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    finish(input.closest('[hidden]') ? '' : input.value);
  });
  cancel.addEventListener('click', () => finish(null));
  // Esc fires `cancel` on a modal dialog; closing by any other way also counts as cancel.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    finish(null);
  });
  dialog.addEventListener('close', () => finish(null));

  return (ask) => {
    finish(null);
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    $('mod-dialog-title').textContent = ask.title;
    $('mod-dialog-body').textContent = ask.body ?? '';
    show($('mod-dialog-body'), Boolean(ask.body));
    show($('mod-dialog-field'), Boolean(ask.field));
    $('mod-dialog-label').textContent = ask.field?.label ?? '';
    input.value = ask.field?.value ?? '';
    input.maxLength = ask.field?.maxLength ?? 300;
    input.required = Boolean(ask.field?.required);
    ok.textContent = ask.ok;
    ok.className = ask.danger ? 'danger' : 'primary';
    cancel.textContent = ask.cancel;
    dialog.showModal();
    (ask.field ? input : cancel).focus();
    return new Promise<string | null>((resolve) => {
      settle = (v) => {
        resolve(v);
        // Back to where the moderator was, so the keyboard flow continues.
        if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
      };
    });
  };
}
