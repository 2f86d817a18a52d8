// Number keys 1–9 start (or, for the running one, stop) the category with that number, as a click would — unless
// focus is in a text field, a modifier is held, or a dialog is open.
import { useEffect } from 'react';
import type { Category } from '../../../shared/model';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
}

export function useCategoryKeys(categories: readonly Category[], toggle: (categoryId: string) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typingInto(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (!/^[1-9]$/.test(event.key)) return;
      const category = categories[Number(event.key) - 1];
      if (!category) return;
      event.preventDefault();
      toggle(category.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [categories, toggle]);
}
