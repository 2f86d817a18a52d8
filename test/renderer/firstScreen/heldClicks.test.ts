// The click held while the host's first screen loaded, made again once: the last one, on its element or the control
// it is in, and never on an element no longer in the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replayHeldClick } from '../../../renderer/firstScreen/heldClicks';

afterEach(() => {
  delete window.timelockHeldClicks;
  document.body.replaceChildren();
});

describe('replayHeldClick', () => {
  it('clicks the last element held, once, reaching the control around it, and forgets them all', () => {
    document.body.innerHTML = '<button id="a">A</button><button id="b"><svg><path id="icon"></path></svg>B</button>';
    const clicked: string[] = [];
    for (const id of ['a', 'b']) document.getElementById(id)!.addEventListener('click', () => clicked.push(id));
    window.timelockHeldClicks = [document.getElementById('a')!, document.getElementById('icon')!];
    replayHeldClick();
    expect(clicked).toEqual(['b']);
    expect(window.timelockHeldClicks).toEqual([]);
    replayHeldClick();
    expect(clicked).toEqual(['b']);
  });

  it('does nothing for an element the window drew over, or when the page held nothing', () => {
    const gone = document.createElement('button');
    const click = vi.fn();
    gone.addEventListener('click', click);
    window.timelockHeldClicks = [gone];
    replayHeldClick();
    delete window.timelockHeldClicks;
    replayHeldClick();
    expect(click).not.toHaveBeenCalled();
  });
});
