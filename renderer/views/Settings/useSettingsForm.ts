// A settings form's draft: the stored values until the person changes something, then theirs until saved or reset.
// Saving sends one settings.update patch; a refusal is kept by this form alone, in words.
import { useState } from 'react';
import type { Settings } from '../../../shared/model';
import { useAppEnv, useAppState } from '../../AppEnv';
import { describeError } from '../../format/describeError';
import type { SettingsPatch } from '../../state/appStore';

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
  /** A problem found before sending, shown like a refusal. */
  refuse(text: string): void;
}

export function useSettingsForm<D>(read: (settings: Settings) => D): SettingsForm<D> {
  const { stores } = useAppEnv();
  const settings = useAppState((state) => state.settings);
  const [draft, setDraft] = useState<D | null>(null);
  const [message, setMessage] = useState<FormMessage | null>(null);
  const stored = settings ? read(settings) : (null as D);
  return {
    value: draft ?? stored,
    dirty: draft !== null,
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
    async save(patch, savedText) {
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
    },
  };
}
