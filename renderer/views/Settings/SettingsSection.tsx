// One group of settings: a heading the page's table of contents links to, a plain explanation, the form, and its
// Save button with what happened in words.
import { useId, type FormEvent, type ReactNode } from 'react';
import type { FormMessage } from './useSettingsForm';

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
  label: string;
  onSubmit: () => void;
  message: FormMessage | null;
  saveLabel?: string;
  dirty?: boolean;
  onReset?: () => void;
  /** The id the refusal gets, so the form's field can name it in aria-describedby. */
  errorId?: string;
  children: ReactNode;
}

/** The form element with Save, Reset and the outcome: a status for "saved", an alert for a refusal. */
export function SettingsFormShell({ label, onSubmit, message, saveLabel = 'Save', dirty, onReset, errorId: givenErrorId, children }: SettingsFormShellProps) {
  const ownErrorId = useId();
  const errorId = givenErrorId ?? ownErrorId;
  return (
    <form
      className={dirty ? 'settings-form settings-form-dirty' : 'settings-form'}
      aria-label={label}
      aria-describedby={message?.kind === 'error' ? errorId : undefined}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div className="form-actions">
        <button type="submit">{saveLabel}</button>
        {dirty && onReset && (
          <button type="button" onClick={onReset}>
            Undo changes
          </button>
        )}
        {dirty && <span className="unsaved-mark">Changed, not saved yet</span>}
      </div>
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
