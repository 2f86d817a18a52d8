// One Save for the Settings page. Each settings form registers how to check its draft; Save asks every changed form
// first and sends nothing while any refuses (each refusal in words on its form, focus on the first), then sends the
// forms' requests one after another so each answer lands on its own form.
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useAppEnv } from '../../AppEnv';
import type { SaveStep } from './useSettingsForm';

export interface PageSaveStatus {
  kind: 'saved' | 'error';
  text: string;
  /** The drafts the outcome was about: once the person edits again, a refusal's summary no longer applies. */
  drafts?: Readonly<Record<string, unknown>>;
}

interface RegisteredForm {
  check: () => SaveStep;
  reset: () => void;
  element: () => HTMLFormElement | null;
}

export interface SettingsPageSave {
  register(form: string, entry: RegisteredForm): () => void;
  saveAll(): Promise<void>;
  undoAll(): void;
  status: PageSaveStatus | null;
}

export const SettingsPageSaveContext = createContext<SettingsPageSave | null>(null);

const list = (names: readonly string[]) => names.join(', ');

export function useSettingsPageSave(): SettingsPageSave {
  const { stores } = useAppEnv();
  const forms = useRef(new Map<string, RegisteredForm>());
  const saving = useRef(false);
  const [status, setStatus] = useState<PageSaveStatus | null>(null);
  const actions = useMemo(() => {
    const changed = () => Object.keys(stores.settingsDrafts.getState().drafts).filter((name) => forms.current.has(name));
    return {
      register(form: string, entry: RegisteredForm) {
        forms.current.set(form, entry);
        return () => void (forms.current.get(form) === entry && forms.current.delete(form));
      },
      async saveAll() {
        if (saving.current) return;
        const names = changed();
        if (names.length === 0) return setStatus({ kind: 'saved', text: 'Nothing to save: every setting is as stored.' });
        const steps = names.map((name) => ({ name, step: forms.current.get(name)!.check() }));
        const refused = steps.filter(({ step }) => 'refused' in step).map(({ name }) => name);
        if (refused.length > 0) {
          const drafts = stores.settingsDrafts.getState().drafts;
          setStatus({ kind: 'error', text: `Nothing saved: ${list(refused)} ${refused.length === 1 ? 'needs' : 'need'} a fix first.`, drafts });
          // After the refusal is drawn, the person lands on the first field to fix.
          const form = forms.current.get(refused[0]!)?.element();
          setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"], input, select')?.focus(), 0);
          return;
        }
        saving.current = true;
        const failed: string[] = [];
        try {
          for (const { name, step } of steps) if ('send' in step && !(await step.send())) failed.push(name);
        } finally {
          saving.current = false;
        }
        if (failed.length === 0) setStatus({ kind: 'saved', text: names.length === 1 ? `Saved: ${names[0]}.` : `All ${names.length} changes saved: ${list(names)}.` });
        else setStatus({ kind: 'error', text: `Not saved: ${list(failed)} (the reason is on the form). ${names.length > failed.length ? `Saved: ${list(names.filter((n) => !failed.includes(n)))}.` : ''}`.trim() });
      },
      undoAll() {
        for (const name of changed()) forms.current.get(name)!.reset();
        const drafts = stores.settingsDrafts.getState();
        for (const key of Object.keys(drafts.typed)) drafts.dropTyped(key);
        setStatus(null);
      },
    };
  }, [stores]);
  return useMemo(() => ({ ...actions, status }), [actions, status]);
}

/** Registers a settings form with the page's Save for as long as it is shown. */
export function useRegisterSettingsForm(form: string, check: () => SaveStep, reset: () => void, element: () => HTMLFormElement | null): SettingsPageSave {
  const page = useContext(SettingsPageSaveContext);
  if (!page) throw new Error('A settings form outside the Settings page');
  const { register } = page;
  // Registered again after each render, so Save always checks the draft as it is now drawn.
  useEffect(() => register(form, { check, reset, element }));
  return page;
}
