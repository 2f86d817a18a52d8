// A hard lock's refusal: why, and when work is next allowed. "Unlock…" asks for an unlock with a reason; it becomes
// active after the cool-down, counted down here, and lasts a limited time.
import { useId, useState, type FormEvent } from 'react';
import { lockRulesWords } from '../../../shared/domain/locks';
import type { LockRule, Unlock } from '../../../shared/model';
import { useAppEnv, useAppState } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClock, formatDuration, formatMoment } from '../../format/formatClock';
import { formatElapsed } from '../../format/formatElapsed';
import { useNow } from '../Today/useNow';
import { Dialog } from './Dialog';
import { ACTION_ICONS, Icon } from './Icon';

export interface LockedDialogProps {
  message: string;
  nextAllowedAt: number | null;
  /** The rules the refusal named: an unlock asked for here lifts those and no more. */
  rules: readonly LockRule[];
  onClose: () => void;
}

export function LockedDialog({ message, nextAllowedAt, rules, onClose }: LockedDialogProps) {
  const { locale } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const timeZone = settings?.timeZone ?? 'UTC';
  const [stage, setStage] = useState<'info' | 'unlock'>('info');
  const [unlock, setUnlock] = useState<Unlock | null>(null);
  return (
    <Dialog title={unlock ? 'Unlock asked for' : 'Locked'} onCancel={onClose} role="alertdialog">
      {unlock ? (
        <UnlockCountdown unlock={unlock} timeZone={timeZone} onClose={onClose} />
      ) : stage === 'unlock' ? (
        <UnlockForm
          cooldownSeconds={settings?.unlockCooldownSeconds ?? 0}
          defaultMinutes={settings?.unlockDurationMinutes ?? 30}
          rules={rules}
          onUnlocked={setUnlock}
          onCancel={() => setStage('info')}
        />
      ) : (
        <>
          <p>{message}</p>
          {/* No time when work is open now and only this span is refused; the reasons above say when nothing opens. */}
          {nextAllowedAt !== null && <p>Next allowed: {formatMoment(nextAllowedAt, locale, timeZone)}.</p>}
          <div className="dialog-actions">
            <button type="button" onClick={onClose} data-autofocus>
              OK
            </button>
            <button type="button" onClick={() => setStage('unlock')}>
              <Icon icon={ACTION_ICONS.unlock} />
              Unlock…
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

interface UnlockFormProps {
  cooldownSeconds: number;
  defaultMinutes: number;
  rules: readonly LockRule[];
  onUnlocked: (unlock: Unlock) => void;
  onCancel: () => void;
}

function UnlockForm({ cooldownSeconds, defaultMinutes, rules, onUnlocked, onCancel }: UnlockFormProps) {
  const { stores, locale } = useAppEnv();
  const ids = { reason: useId(), minutes: useId(), error: useId() };
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const length = Number(minutes);
    if (reason.trim() === '') return setError('Type the reason for unlocking; it is kept in the log.');
    if (!Number.isInteger(length) || length < 1 || length > 24 * 60) return setError('Give the unlock a length in whole minutes, from 1 to 1440.');
    const result = await stores.locks.unlock(reason.trim(), length, rules);
    if (!result.ok) return setError(describeError(result.error));
    onUnlocked(result.value);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>
        An unlock lets you work past the hard lock for a while. It starts after a cool-down of {formatDuration(cooldownSeconds / 60, locale)}, and is logged with your
        reason.
      </p>
      {rules.length > 0 && <p>It lifts {lockRulesWords(rules)} only; every other limit still holds and is asked again.</p>}
      <label htmlFor={ids.reason}>Why unlock?</label>
      <textarea id={ids.reason} rows={3} maxLength={500} value={reason} data-autofocus onChange={(event) => setReason(event.target.value)} aria-describedby={error ? ids.error : undefined} />
      <label htmlFor={ids.minutes}>For how many minutes</label>
      <input id={ids.minutes} type="number" min={1} max={1440} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit">Ask to unlock</button>
        <button type="button" onClick={onCancel}>
          Back
        </button>
      </div>
    </form>
  );
}

function UnlockCountdown({ unlock, timeZone, onClose }: { unlock: Unlock; timeZone: string; onClose: () => void }) {
  const { clock, locale } = useAppEnv();
  const now = useNow(clock, 1000);
  const active = now >= unlock.activeFrom;
  return (
    <>
      {active ? (
        <p role="status">Unlocked until {formatClock(unlock.activeUntil, locale, timeZone)}. You can go ahead now.</p>
      ) : (
        <p>
          The unlock starts in{' '}
          <span role="timer" aria-label="Cool-down left" className="countdown">
            {formatElapsed(unlock.activeFrom - now, locale)}
          </span>{' '}
          and lasts until {formatClock(unlock.activeUntil, locale, timeZone)}.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {active ? 'Close' : 'Close and wait'}
        </button>
      </div>
    </>
  );
}
