// One group of settings: a heading the page's table of contents links to, a plain explanation, and its forms, each
// saying whether it holds a change not saved yet and what happened to it in words (the page has the one Save).
import { useCallback, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useRegisterSettingsForm } from './settingsPageSave';
import type { FormMessage, SaveStep } from './useSettingsForm';
import { UnsavedMark } from './UnsavedMark';

export interface SettingsSectionProps {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

export function SettingsSection({ id, title, intro, children }: SettingsSectionProps) {
  return (
    <section id={id} className="settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {intro && <p className="hint">{intro}</p>}
      {children}
    </section>
  );
}

export interface SettingsFormShellProps {
  /** The form's name: its accessible name and the key of its draft. */
  label: string;
  /** Checks the draft: a refusal in words, or the request the page's Save sends. */
  check: () => SaveStep;
  message: FormMessage | null;
  dirty?: boolean;
  onReset?: () => void;
  /** The id the refusal gets, so the form's field can name it in aria-describedby. */
  errorId?: string;
  children: ReactNode;
}

/** Enter in a field saves the page, as it did when each form had its own Save; buttons and text areas keep Enter. */
function entersSave(event: KeyboardEvent<HTMLFormElement>): boolean {
  const target = event.target;
  return event.key === 'Enter' && target instanceof HTMLInputElement && !['button', 'submit', 'reset', 'file', 'checkbox', 'radio'].includes(target.type);
}

/** The form element with Undo, its "changed" mark and the outcome: a status for "saved", an alert for a refusal. */
export function SettingsFormShell({ label, check, message, dirty, onReset, errorId: givenErrorId, children }: SettingsFormShellProps) {
  const ownErrorId = useId();
  const errorId = givenErrorId ?? ownErrorId;
  const ref = useRef<HTMLFormElement>(null);
  const element = useCallback(() => ref.current, []);
  const page = useRegisterSettingsForm(label, check, onReset ?? (() => undefined), element);
  return (
    <form
      ref={ref}
      className={dirty ? 'settings-form settings-form-dirty' : 'settings-form'}
      aria-label={label}
      aria-describedby={message?.kind === 'error' ? errorId : undefined}
      noValidate
      onKeyDown={(event) => {
        if (!entersSave(event)) return;
        event.preventDefault();
        void page.saveAll();
      }}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void page.saveAll();
      }}
    >
      {children}
      <UnsavedMark shown={dirty === true} onUndo={onReset} />
      {message?.kind === 'error' && (
        <p id={errorId} className="field-error" role="alert">
          {message.text}
        </p>
      )}
      <p role="status" className="saved">
        {message?.kind === 'saved' ? message.text : ''}
      </p>
    </form>
  );
}
