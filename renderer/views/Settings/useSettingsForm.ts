// A settings form's draft: the stored values until the person changes something, then theirs until saved or reset.
// The draft lives in the settingsDrafts store under the form's name, so leaving the view keeps it. Saving sends one
// settings.update patch; a refusal is kept by this form alone, in words.
import { useState } from 'react';
import type { Settings } from '../../../shared/model';
import { useAppEnv, useAppState, useSlice } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import type { SettingsPatch } from '../../state/appStore';
import type { RequestOf } from '../../../shared/contract';
import { fromOf, fromWords, type FromWhenChoice } from '../Boundaries/FromWhen';

export interface FormMessage {
  kind: 'saved' | 'error';
  text: string;
}

export interface SettingsForm<D> {
  value: D;
  dirty: boolean;
  change(next: D): void;
  reset(): void;
  message: FormMessage | null;
  /** Sends the patch; answers whether it was saved. */
  save(patch: SettingsPatch, savedText: string): Promise<boolean>;
  /**
   * A dated boundary (daily cap, windows, targets) from the week chosen: this week through settings.update, another
   * week as a step of the timeline (boundaries.set). The saved text gains "from … on".
   */
  saveFrom(values: RequestOf<'boundaries.set'>['values'], savedText: string, choice: FromWhenChoice): Promise<boolean>;
  /** A problem found before sending, shown like a refusal. */
  refuse(text: string): void;
}

export function useSettingsForm<D>(form: string, read: (settings: Settings) => D): SettingsForm<D> {
  const { stores, clock } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const dirty = useSlice('settingsDrafts', (state) => Object.hasOwn(state.drafts, form));
  const draft = useSlice('settingsDrafts', (state) => state.drafts[form]) as D;
  const drafts = stores.settingsDrafts.getState();
  const setDraft = (next: D | null) => (next === null ? drafts.drop(form) : drafts.keep(form, next));
  const [message, setMessage] = useState<FormMessage | null>(null);
  const stored = settings ? read(settings) : (null as D);
  const save = async (patch: SettingsPatch, savedText: string): Promise<boolean> => {
    const app = stores.app.getState();
    if (await app.updateSettings(patch)) {
      setDraft(null);
      setMessage({ kind: 'saved', text: savedText });
      return true;
    }
    const error = stores.app.getState().errors.settings;
    setMessage({ kind: 'error', text: error ? describeError(error) : 'Another change is being saved; try again in a moment.' });
    stores.app.getState().clearError('settings');
    return false;
  };
  return {
    value: dirty ? draft : stored,
    dirty,
    change(next) {
      setDraft(next);
      setMessage(null);
    },
    reset() {
      setDraft(null);
      setMessage(null);
    },
    message,
    refuse: (text) => setMessage({ kind: 'error', text }),
    async saveFrom(values, savedText, choice) {
      const from = fromOf(choice, clock(), settings?.timeZone ?? 'UTC');
      if ('error' in from) {
        setMessage({ kind: 'error', text: from.error });
        return false;
      }
      const text = `${savedText.replace(/\.$/, '')}, ${fromWords(choice)}.`;
      if (from.from === undefined) return save(values, text);
      const boundaries = stores.boundaries.getState();
      if (await boundaries.set({ values, from: from.from })) {
        setDraft(null);
        setMessage({ kind: 'saved', text });
        return true;
      }
      const error = stores.boundaries.getState().error;
      setMessage({ kind: 'error', text: error ? describeError(error) : 'Not saved.' });
      return false;
    },
    save,
  };
}
