// A question with a few answers, one button each (the first focused), and Cancel: which occurrences of a repeating
// box an edit means, for one. When one answer already changes nothing, Escape gives that answer and there is no
// Cancel: a third button doing what one of the two does only makes the person wonder what the difference is.
import type { Choice } from '../../state/promptStore';
import { Dialog } from './Dialog';

export interface ChoiceDialogProps {
  title: string;
  message: string;
  choices: Choice[];
  onChoose: (value: string) => void;
  onCancel: () => void;
  /** The choice that Escape gives; null: Escape and a Cancel button answer none. */
  escapeChoice?: string | null;
}

export function ChoiceDialog({ title, message, choices, onChoose, onCancel, escapeChoice = null }: ChoiceDialogProps) {
  return (
    <Dialog title={title} onCancel={escapeChoice === null ? onCancel : () => onChoose(escapeChoice)}>
      <p>{message}</p>
      <div className="dialog-choices">
        {choices.map((choice, index) => (
          <button key={choice.value} type="button" onClick={() => onChoose(choice.value)} data-autofocus={index === 0 ? true : undefined}>
            {choice.label}
          </button>
        ))}
      </div>
      {escapeChoice === null && (
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </Dialog>
  );
}
