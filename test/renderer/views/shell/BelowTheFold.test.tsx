import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BelowTheFold } from '../../../../renderer/views/shell/BelowTheFold';

/** Lets a frame (and the task queued after it) go by. */
const aFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10))));

/** Where every element's box starts, as jsdom has no layout. */
function boxesAt(top: number) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) });
}

function Page() {
  return (
    <main>
      <h2>Today</h2>
      <BelowTheFold>
        <form aria-label="Add time by hand" />
      </BelowTheFold>
    </main>
  );
}

describe('BelowTheFold', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders its content with the rest when its place is within the window: what is in sight is never held back', () => {
    boxesAt(window.innerHeight - 1);
    render(<Page />);
    expect(screen.getByRole('form', { name: 'Add time by hand' })).toBeInTheDocument();
  });

  it('leaves its content out of the first frame when its place is below the window, and renders it after that frame', async () => {
    boxesAt(window.innerHeight + 200);
    render(<Page />);
    expect(screen.getByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add time by hand' })).toBeNull();
    await aFrame();
    expect(screen.getByRole('form', { name: 'Add time by hand' })).toBeInTheDocument();
  });

  it('keeps its content once shown, when the page is rendered again', async () => {
    boxesAt(window.innerHeight + 200);
    const { rerender } = render(<Page />);
    await aFrame();
    rerender(<Page />);
    await aFrame();
    expect(screen.getByRole('form', { name: 'Add time by hand' })).toBeInTheDocument();
  });
});
