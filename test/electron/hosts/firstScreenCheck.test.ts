// @vitest-environment jsdom
// The page's first-screen script (the browser host's one inline script), run in a DOM: which clicks on the host's
// screen it holds for the window to make again (renderer/firstScreen/heldClicks.ts), and which it leaves alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_CHECK } from '../../../electron/hosts/firstScreenCheck';

const held = () => (window as unknown as { timelockHeldClicks?: Element[] }).timelockHeldClicks;

afterEach(() => {
  delete (window as unknown as { timelockHeldClicks?: Element[] }).timelockHeldClicks;
  document.body.replaceChildren();
});

describe('the first-screen script', () => {
  it("is fed by the page's script: a plain click on a control of the marked screen is held; a modified one or one beside the controls goes its way", () => {
    document.body.innerHTML = '<div id="root" data-first-screen="1"><p id="text">Today</p><button id="work">Work</button><a id="week" href="#/week">Week</a></div>';
    const listeners: Array<(event: Event) => void> = [];
    const add = vi.spyOn(document, 'addEventListener').mockImplementation((type, listener) => {
      if (type === 'click') listeners.push(listener as (event: Event) => void);
    });
    new Function(FIRST_SCREEN_CHECK)();
    add.mockRestore();
    for (const listener of listeners) document.addEventListener('click', listener, true);
    const click = (id: string, init: MouseEventInit = {}) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
      document.getElementById(id)!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(click('work')).toBe(true);
    expect(click('week', { ctrlKey: true })).toBe(false);
    expect(click('text')).toBe(false);
    expect(held()).toEqual([document.getElementById('work')]);
    // Once the window has the screen (no mark), nothing is held.
    document.getElementById('root')!.removeAttribute('data-first-screen');
    expect(click('work')).toBe(false);
    expect(held()).toHaveLength(1);
    for (const listener of listeners) document.removeEventListener('click', listener, true);
  });
});
