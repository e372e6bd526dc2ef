import { expect, test } from './fixtures';
import { MAIN_SECTIONS } from './pages/AppShell';
import { accessibilityViolations } from './support/accessibility';
import { aMinimalPatient, aPatient, listNameOf } from './support/patients';

test.describe('Accessibility (WCAG 2.1 AA, axe)', () => {
  test('the register, empty and with patients', async ({ page, registerPage, addPatient }) => {
    await registerPage.goto();
    await expect(registerPage.emptyState()).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);

    const jan = aPatient();
    const zoe = aMinimalPatient({ status: 'Overleden', deathDate: '02-01-2024', placeOfDeath: 'Thuis' });
    await addPatient(jan);
    await addPatient(zoe);
    await registerPage.goto();
    await registerPage.expectListed(listNameOf(jan));
    await registerPage.expectListed(listNameOf(zoe));
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the new-patient form, blank and with error messages', async ({ page, patientFormPage }) => {
    await patientFormPage.gotoNew();
    expect(await accessibilityViolations(page)).toEqual([]);

    await patientFormPage.save();
    await patientFormPage.expectRejected('Voornaam');
    expect(await accessibilityViolations(page)).toEqual([]);

    await patientFormPage.field('Status').selectOption({ label: 'Overleden' });
    await expect(patientFormPage.field('Overlijdensdatum')).toBeVisible();
    await expect(patientFormPage.field('Plaats van overlijden')).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the patient detail page', async ({ page, registerPage, addPatient }) => {
    await registerPage.goto();
    await addPatient(aPatient());
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

const TABLETS = [
  { orientation: 'portrait', viewport: { width: 800, height: 1280 } },
  { orientation: 'landscape', viewport: { width: 1280, height: 800 } },
] as const;

for (const { orientation, viewport } of TABLETS) {
  test.describe(`On a tablet in ${orientation} (${viewport.width}x${viewport.height})`, () => {
    test.use({ viewport, hasTouch: true });

    test('the navigation and the register fit the screen', async ({
      page,
      appShell,
      registerPage,
      addPatient,
    }) => {
      await registerPage.goto();
      await addPatient(
        aPatient({ homeCareOrganisation: 'Stichting Thuiszorg Midden-Nederland en Omstreken' }),
      );
      await registerPage.goto();

      await expect(appShell.navigation).toBeVisible();
      for (const section of MAIN_SECTIONS) {
        const link = appShell.navLink(section);
        await expect(link).toBeVisible();
        const box = await link.boundingBox();
        expect(box?.height, `"${section}" is a 44 px touch target`).toBeGreaterThanOrEqual(44);
      }
      await expect(registerPage.heading).toBeVisible();
      await expect(registerPage.heading).toBeInViewport();

      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, 'nothing overflows horizontally').toBeLessThanOrEqual(innerWidth);
    });
  });
}
