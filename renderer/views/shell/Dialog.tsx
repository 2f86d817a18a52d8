// A modal dialog on the native <dialog>: showModal traps focus and makes the rest of the window inert; Escape
// cancels; focus goes back to where it was when the dialog closes.
import { useEffect, useId, useRef, type ReactNode } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  children: ReactNode;
  /** Escape, or the dialog closed by the browser. */
  onCancel: () => void;
  role?: 'dialog' | 'alertdialog';
}

export function Dialog({ title, children, onCancel, role }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      dialog.showModal();
      // showModal puts focus on the first button itself, so the effect below finds it inside and leaves it there: the
      // control a dialog names ([data-autofocus]: Cancel, beside a button that deletes) takes it instead, so a second
      // Enter after the one that opened the dialog does not delete. Without one, the first field or button keeps it.
      dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]')?.focus();
    }
    return () => {
      if (dialog.open) dialog.close();
      // Back where it was; or, when that went meanwhile (the Stop that asked "Keep a 40-second Work entry?" is gone once
      // the timer stopped), on the view's heading rather than the page's body.
      if (previous && previous !== document.body && previous.isConnected) previous.focus();
      else document.querySelector<HTMLElement>('main h2[tabindex="-1"]')?.focus();
    };
  }, []);
  // After every draw, focus is inside: on opening, and when the content changes in place (Locked: Unlock… shows the
  // reason form, Ask to unlock the countdown) and removes the button that had it, the first field or button takes it
  // instead of the page's body behind the modal.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog?.open || dialog.contains(document.activeElement)) return;
    (dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  });
  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
