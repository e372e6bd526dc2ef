/** Overzicht: the period, the indicator table (the numbers of record), exports and the patients behind a figure. */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export class OverviewPage {
  readonly heading: Locator;
  readonly indicatorTable: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Overzicht' });
    this.indicatorTable = page.getByRole('table', { name: /^Indicatoren, / });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.indicatorTable).toBeVisible();
  }

  /** Chooses a calendar year in the period selector, as a user does. */
  async showYear(year: number): Promise<void> {
    await this.page.getByRole('radio', { name: 'Jaar', exact: true }).check();
    await this.page.getByRole('combobox', { name: 'Jaar' }).selectOption(String(year));
    await expect(this.page.getByRole('table', { name: `Indicatoren, ${String(year)}` })).toBeVisible();
  }

  /** The row of an indicator, by its name. */
  row(indicatorName: string): Locator {
    return this.indicatorTable.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: new RegExp(`^${indicatorName}`) }),
    });
  }

  /** Expects the result, numerator, denominator and unknowns of an indicator. */
  async expectFigures(indicatorName: string, figures: [string, string, string, string]): Promise<void> {
    const cells = this.row(indicatorName).getByRole('cell');
    for (const [index, text] of figures.entries()) await expect(cells.nth(index)).toHaveText(text);
  }

  /** The charts: the share bars and the trend lines, each an image named for screen readers. */
  get sharesChart(): Locator {
    return this.page.getByRole('img', { name: /^Staafdiagram per indicator/ });
  }

  get trendChart(): Locator {
    return this.page.getByRole('img', { name: /^Lijndiagram/ });
  }

  /** Expects both charts drawn, the share bar of an indicator with its counts of ja and nee written in it. */
  async expectCharts(indicatorName: string, counts: { yes: number; no: number }): Promise<void> {
    await expect(this.sharesChart).toBeVisible();
    await expect(this.sharesChart).toContainText(
      new RegExp(`${indicatorName}.*?${String(counts.yes)}${String(counts.no)}`),
    );
    await expect(this.trendChart).toBeVisible();
  }

  /** Downloads the CSV; answers its file name and its text. */
  async downloadCsv(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'CSV downloaden' }).click();
    const file = await download;
    const path = await file.path();
    return { fileName: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Prints the report (the browser's dialog is stubbed) and answers the page's text as printed. */
  async printedText(): Promise<string> {
    await this.page.evaluate(() => {
      window.print = () => undefined; // the browser's print dialog is outside the page
    });
    await this.page.getByRole('button', { name: 'Rapport afdrukken' }).click();
    await this.page.emulateMedia({ media: 'print' });
    const text = await this.page.locator('main').innerText();
    await this.page.emulateMedia({ media: 'screen' });
    return text;
  }

  /** Opens the list of patients behind an indicator's figure. */
  async openPatientsBehind(indicatorName: string): Promise<void> {
    await this.row(indicatorName).getByRole('link').click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `${indicatorName}: wie zit achter het cijfer` }),
    ).toBeVisible();
  }

  /** The patients listed under a group heading of the patient list, e.g. "Niet gemarkeerd". */
  group(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}
