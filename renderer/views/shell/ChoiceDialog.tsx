// A question with a few answers, one button each (the first focused), and Cancel: which occurrences of a repeating
// box an edit means, for one.
import type { Choice } from '../../state/promptStore';
import { Dialog } from './Dialog';

export interface ChoiceDialogProps {
  title: string;
  message: string;
  choices: Choice[];
  onChoose: (value: string) => void;
  onCancel: () => void;
}

export function ChoiceDialog({ title, message, choices, onChoose, onCancel }: ChoiceDialogProps) {
  return (
    <Dialog title={title} onCancel={onCancel}>
      <p>{message}</p>
      <div className="dialog-choices">
        {choices.map((choice, index) => (
          <button key={choice.value} type="button" onClick={() => onChoose(choice.value)} data-autofocus={index === 0 ? true : undefined}>
            {choice.label}
          </button>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
