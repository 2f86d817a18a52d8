// The mark under a Settings form holding a change not applied yet: its words and, where it can be undone, Undo. One
// component for the settings forms and the forms with their own button, so every unsaved change is marked alike.
export interface UnsavedMarkProps {
  shown: boolean;
  onUndo?: () => void;
  /** The Undo button's name where several forms sit side by side ("Undo changes to Work"). */
  undoLabel?: string;
  text?: string;
}

export function UnsavedMark({ shown, onUndo, undoLabel, text = 'Changed, not saved yet' }: UnsavedMarkProps) {
  if (!shown) return null;
  return (
    <div className="form-actions">
      {onUndo && (
        <button type="button" onClick={onUndo} aria-label={undoLabel}>
          Undo changes
        </button>
      )}
      <span className="unsaved-mark">{text}</span>
    </div>
  );
}
