// What a form's own button did, said under it: an error as an alert (read at once, styled as a field error), a done
// change as a status. One component, so every record form in Settings says its outcome the same way.
export interface FormOutcome {
  kind: 'saved' | 'error';
  text: string;
}

export function FormResult({ message }: { message: FormOutcome | null }) {
  if (!message) return null;
  return (
    <p className={message.kind === 'error' ? 'field-error' : 'saved'} role={message.kind === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
