import { useEffect } from 'react';

/** Whether a key press happens while the user types (inputs, text areas, editable content, open selects). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.getAttribute('role') === 'combobox';
}

/** Calls `action` when the single key `key` is pressed outside any text field and without modifiers. */
export function useKeyShortcut(key: string, action: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.key.toLowerCase() !== key.toLowerCase() || isTyping(event.target)) return;
      if ([...document.querySelectorAll<HTMLElement>('[role="dialog"]')].some((d) => d.offsetParent !== null)) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, action, enabled]);
}
