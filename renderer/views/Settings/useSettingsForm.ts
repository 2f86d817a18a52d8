// A settings form's draft: the stored values until the person changes something, then theirs until saved or undone.
// The draft (with its "from when", for a dated boundary) lives in the settingsDrafts store under the form's name, so
// leaving the view keeps it. The form never sends by itself: the Settings page's one Save asks every changed form for
// its step (a refusal in words, or the request to send) and sends only when none refuses.
import { useState } from 'react';
import type { Settings } from '../../../shared/model';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import type { SettingsPatch } from '../../state/appStore';
import type { RequestOf } from '../../../shared/contract';
import type { BoundaryKey } from '../../../shared/domain/boundaries';
import { fromOf, fromWords, THIS_WEEK, untilWords, type FromWhenChoice } from '../Boundaries/FromWhen';

export interface FormMessage {
  kind: 'saved' | 'error';
  text: string;
}

/** What a form's check answers: a refusal (shown on the form; nothing is sent), or the request that saves it. */
export type SaveStep = { refused: string } | { send: () => Promise<boolean> };

export interface SettingsForm<D> {
  value: D;
  dirty: boolean;
  change(next: D): void;
  reset(): void;
  /** From which week a dated boundary's change holds; kept with the draft. */
  from: FromWhenChoice;
  setFrom(next: FromWhenChoice): void;
  message: FormMessage | null;
  /** The step that sends the patch through settings.update. */
  save(patch: SettingsPatch, savedText: string): SaveStep;
  /**
   * A dated boundary (daily cap, windows, targets) from the week chosen in `from`: this week through settings.update,
   * another week as a step of the timeline (boundaries.set). The saved text gains "from … on".
   */
  saveFrom(values: RequestOf<'boundaries.set'>['values'], savedText: string): SaveStep;
  /** A problem found before sending, shown like a refusal. */
  refuse(text: string): SaveStep;
}

interface Draft<D> {
  value: D;
  from: FromWhenChoice;
  /** The stored values the draft began from (as JSON): another window's save since then is said before this one replaces it. */
  base?: string;
}

export function useSettingsForm<D>(form: string, read: (settings: Settings) => D): SettingsForm<D> {
  const { stores, clock } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const dirty = useSlice('settingsDrafts', (state) => Object.hasOwn(state.drafts, form));
  const draft = useSlice('settingsDrafts', (state) => state.drafts[form]) as Draft<D> | undefined;
  const drafts = stores.settingsDrafts.getState();
  const [message, setMessage] = useState<FormMessage | null>(null);
  const stored = settings ? read(settings) : (null as D);
  const value = draft ? draft.value : stored;
  const from = draft ? draft.from : THIS_WEEK;
  const keep = (next: Omit<Draft<D>, 'base'>) => {
    drafts.keep(form, { ...next, base: draft?.base ?? JSON.stringify(stored) });
    setMessage(null);
  };
  /**
   * A draft begun before another window (another tab, the command line, another computer through sync) saved this
   * form's values: refused once, in words, so the person sees it before theirs replaces it; Save again sends theirs.
   */
  const changedElsewhere = (): SaveStep | null => {
    const now = JSON.stringify(stored);
    // Saved the same as this draft (the person's own, or the same change elsewhere): nothing would be replaced.
    if (!draft || draft.base === undefined || draft.base === now || now === JSON.stringify(draft.value)) return null;
    drafts.keep(form, { ...draft, base: now });
    const text =
      'These settings were saved elsewhere (another window, the command line or another computer) since you began changing them: Undo changes shows what was saved, or Save changes again to keep yours.';
    setMessage({ kind: 'error', text });
    return { refused: text };
  };
  const saved = (text: string) => {
    drafts.drop(form);
    setMessage({ kind: 'saved', text });
    return true;
  };
  const refuse = (text: string): SaveStep => {
    setMessage({ kind: 'error', text });
    return { refused: text };
  };
  /** `savedText` read once saved: a dated change's words name the next step as the timeline stands then. */
  const sendPatch = (patch: SettingsPatch, savedText: () => string): SaveStep => ({
    async send() {
      if (await stores.app.getState().updateSettings(patch)) return saved(savedText());
      const error = stores.app.getState().errors.settings;
      setMessage({ kind: 'error', text: error ? describeError(error) : 'Another change is being saved; try again in a moment.' });
      stores.app.getState().clearError('settings');
      return false;
    },
  });
  return {
    value,
    dirty,
    change: (next) => keep({ value: next, from }),
    reset() {
      drafts.drop(form);
      setMessage(null);
    },
    from,
    setFrom: (next) => keep({ value, from: next }),
    message,
    refuse,
    save: (patch, savedText) => changedElsewhere() ?? sendPatch(patch, () => savedText),
    saveFrom(values, savedText) {
      const elsewhere = changedElsewhere();
      if (elsewhere) return elsewhere;
      const when = fromOf(from, clock(), settings?.timeZone ?? 'UTC');
      if ('error' in when) return refuse(when.error);
      const text = () => `${savedText.replace(/\.$/, '')}, ${fromWords(from)}${untilWords(stores.boundaries.getState().steps, when.from, settings?.weekStartsOn ?? 1, Object.keys(values) as BoundaryKey[])}.`;
      if (when.from === undefined) return sendPatch(values, text);
      const week = when.from;
      return {
        async send() {
          if (await stores.boundaries.getState().set({ values, from: week })) return saved(text());
          const error = stores.boundaries.getState().error;
          setMessage({ kind: 'error', text: error ? describeError(error) : 'Not saved.' });
          return false;
        },
      };
    },
  };
}
