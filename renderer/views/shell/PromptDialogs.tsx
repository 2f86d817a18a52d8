// The prompt at the head of the queue, as a dialog: a reason for a soft lock, a hard lock's refusal (with the way
// to unlock), a confirmation, a choice, or a question about time away. One at a time, so focus always has one place to be.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Prompt } from '../../state/promptStore';
import { answerPrompt } from '../../state/promptStore';
import { useAppEnv, useSlice } from '../../AppEnv';
import { ChoiceDialog } from './ChoiceDialog';
import { Dialog } from './Dialog';
import { IdleDialog } from './IdleDialog';
import { LockedDialog } from './LockedDialog';

export function PromptDialogs() {
  const prompt = useSlice('prompts', (state) => state.queue[0] ?? null);
  if (!prompt) return null;
  // Keyed by id: a new prompt is a new dialog with fresh state and its own focus return.
  return <PromptDialog key={prompt.id} prompt={prompt} />;
}

function PromptDialog({ prompt }: { prompt: Prompt }) {
  const { stores } = useAppEnv();
  const close = () => stores.prompts.getState().close(prompt.id);
  switch (prompt.kind) {
    case 'reason':
      return <ReasonDialog message={prompt.message} onAnswer={(reason) => answerPrompt(stores.prompts, prompt.id, reason)} onCancel={close} />;
    case 'locked':
      return <LockedDialog message={prompt.message} nextAllowedAt={prompt.nextAllowedAt} rules={prompt.rules} onClose={close} />;
    case 'idle':
      return <IdleDialog question={prompt.question} onClose={close} />;
    case 'choice':
      return (
        <ChoiceDialog
          title={prompt.title}
          message={prompt.message}
          choices={prompt.choices}
          escapeChoice={prompt.escapeChoice}
          onChoose={(value) => answerPrompt(stores.prompts, prompt.id, value)}
          onCancel={close}
        />
      );
    case 'confirm':
      return (
        <Dialog title={prompt.title} onCancel={close} role="alertdialog">
          <p>{prompt.message}</p>
          {prompt.details.length > 0 && (
            <ul>
              {prompt.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" className="danger" onClick={() => answerPrompt(stores.prompts, prompt.id, true)}>
              {prompt.confirmLabel}
            </button>
            <button type="button" onClick={close} data-autofocus>
              Cancel
            </button>
          </div>
        </Dialog>
      );
  }
}

function ReasonDialog({ message, onAnswer, onCancel }: { message: string; onAnswer: (reason: string) => void; onCancel: () => void }) {
  const inputId = useId();
  const errorId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      // To the field the message is about, as the window's other forms do: Go ahead kept it, and typing went nowhere.
      field.current?.focus();
      return;
    }
    onAnswer(reason.trim());
  };
  return (
    <Dialog title="A reason to go ahead" onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <p>{message}</p>
        <label htmlFor={inputId}>Reason</label>
        <textarea
          ref={field}
          id={inputId}
          rows={3}
          maxLength={500}
          value={reason}
          data-autofocus
          aria-invalid={missing}
          aria-describedby={missing ? errorId : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <p id={errorId} className="field-error" role="alert">
            Type a reason, or cancel.
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit">Go ahead</button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
