import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../shared/model';
import { CategorySelect } from '../../../../renderer/views/shell/CategorySelect';
import { CATEGORIES } from '../../fixtures';

function Picker({ categories, initial }: { categories: readonly Category[]; initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <CategorySelect label="Into category" categories={categories} value={value} onChange={setValue} />
      <output>{value}</output>
    </>
  );
}

describe('CategorySelect', () => {
  it('is named by its label and offers the categories by name, in the order given', () => {
    render(<Picker categories={CATEGORIES} initial="work" />);
    const select = screen.getByRole('combobox', { name: 'Into category' });
    expect(select).toHaveValue('work');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(CATEGORIES.map((c) => c.name));
  });

  it('answers the chosen category’s id', async () => {
    const user = userEvent.setup();
    render(<Picker categories={CATEGORIES} initial="work" />);
    const select = screen.getByRole('combobox', { name: 'Into category' });
    await user.selectOptions(select, CATEGORIES[1]!.name);
    expect(screen.getByRole('status')).toHaveTextContent(CATEGORIES[1]!.id);
    expect(select).toHaveValue(CATEGORIES[1]!.id);
  });
});
