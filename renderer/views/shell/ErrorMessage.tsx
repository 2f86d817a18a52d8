// An error in words, announced when it appears, next to what caused it.
import type { AppErrorShape } from '../../../shared/result';
import { describeError } from '../../format/describeError';

export interface ErrorMessageProps {
  error: AppErrorShape | string;
  id?: string;
  onDismiss?: () => void;
}

export function ErrorMessage({ error, id, onDismiss }: ErrorMessageProps) {
  return (
    <div className="error-message" role="alert" id={id}>
      <p>{typeof error === 'string' ? error : describeError(error)}</p>
      {onDismiss && (
        <button type="button" className="quiet" onClick={onDismiss}>
          Dismiss error
        </button>
      )}
    </div>
  );
}
