/** Markering on a patient's page: marking the palliative phase the way a practice member does it. */
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldLabelled } from '../support/form-fields';

export type MarkingBasisLabel = 'Surprise question' | 'Indicatoren' | 'Signalen' | 'Klinische inschatting';
export type ColourLabel = 'Groen' | 'Geel' | 'Oranje' | 'Rood';

export interface PalliativeMarking {
  /** The GP who marks ("Gemarkeerd door (huisarts)"). */
  markedBy: string;
  basis: MarkingBasisLabel;
  colour: ColourLabel;
  /** For a POH: the huisarts of the practice on whose behalf she records it ("Namens huisarts"). */
  onBehalfOf?: string;
}

export class MarkingSection {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Markering', exact: true });
  }

  /** Opens "Markeren palliatieve fase", fills it in (the date stays today) and saves it. */
  async markPalliative(marking: PalliativeMarking): Promise<void> {
    await this.section.getByRole('button', { name: 'Markeren palliatieve fase' }).click();
    const form = this.section.getByRole('form', { name: 'Markeren palliatieve fase' });
    await fieldLabelled(form, 'Gemarkeerd door (huisarts)').fill(marking.markedBy);
    if (marking.onBehalfOf) {
      await form
        .getByRole('combobox', { name: 'Namens huisarts' })
        .selectOption({ label: marking.onBehalfOf });
    }
    await form
      .getByRole('group', { name: 'Op basis van' })
      .getByRole('radio', { name: marking.basis, exact: true })
      .check();
    await form
      .getByRole('group', { name: 'Kleur in het register' })
      .getByRole('radio', { name: new RegExp(`^${marking.colour} `) })
      .check();
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(this.section.getByRole('status')).toHaveText('Markering opgeslagen');
    await expect(this.section).toContainText(/Palliatieve fase gemarkeerd sinds \d{2}-\d{2}-\d{4}/);
  }
}
