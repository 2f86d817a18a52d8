import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { region, renderApp } from '../../renderApp';

describe('Insights: the weeks over the cap', () => {
  it('draws the cap as the step line its explanation names: the legend says so, and the hours of work are not a step', async () => {
    await renderApp({ view: 'insights' });
    const card = within(await region('Insights').findByRole('article', { name: 'Weeks over the cap' }));
    expect(card.getByText(/the step line: a raised cap or a day off moves it/)).toBeInTheDocument();
    // The legend a person reads under the drawing (drawn as bars, it named no step line).
    expect(await card.findByText('Weekly cap (step line)')).toBeInTheDocument();
    expect(card.queryByText('Hours of work (step line)')).toBeNull();
    // The table read out in its place keeps the figures' own names.
    expect(within(card.getByRole('table', { name: /week by week/ })).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Week', 'Hours of work', 'Weekly cap']);
  });
});
