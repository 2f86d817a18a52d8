// The unlock in force (or waiting out its cool-down), on every view: until when, what it lifts, and "End now". An
// unlock set aside the lock on purpose; it must never run unseen.
import { useState } from 'react';
import { lockRulesWords } from '../../../shared/domain/locks';
import type { Unlock } from '../../../shared/model';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import { formatClock } from '../../format/formatClock';
import { useNow } from '../Today/useNow';

const liftsWords = (unlock: Unlock) => (unlock.lifts ? lockRulesWords(unlock.lifts) : 'every limit of the hard lock');

export function UnlockBanner() {
  const { stores, clock, locale } = useAppEnv();
  const timeZone = useAppState((state) => state.settings?.timeZone ?? 'UTC');
  const active = useSlice('unlocks', (state) => state.active);
  const pending = useSlice('unlocks', (state) => state.pending);
  const now = useNow(clock, 1000);
  const [error, setError] = useState<string | null>(null);
  // The store holds what the host said; the clock decides when a waiting unlock starts and when one runs out.
  const shown = [active, pending].find((u): u is Unlock => u !== null && now < u.activeUntil) ?? null;
  if (!shown) return null;
  const running = now >= shown.activeFrom;
  const until = formatClock(shown.activeUntil, locale, timeZone);
  const end = async () => {
    const result = await stores.unlocks.getState().end(shown.id);
    setError(result.ok ? null : describeError(result.error));
  };
  return (
    <section className="unlock-banner" aria-label="Unlock">
      <p>
        {running ? (
          <>
            <strong>Unlocked until {until}</strong>: lifts {liftsWords(shown)}.
          </>
        ) : (
          <>
            <strong>Unlock starts at {formatClock(shown.activeFrom, locale, timeZone)}</strong> and lasts until {until}: lifts {liftsWords(shown)}.
          </>
        )}{' '}
        <span className="hint">Reason: {shown.reason}</span>
      </p>
      <button type="button" onClick={() => void end()}>
        {running ? 'End now' : 'Call off'}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
