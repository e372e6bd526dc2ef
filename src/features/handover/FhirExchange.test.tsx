import { screen, waitFor, within } from '@testing-library/react';
import type { Bundle, FhirResource, MedicationStatement } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { exportPzpBundle } from '../../domain';
import { AUTHOR, completePlan, NOW, patientFor } from '../../domain/care-plan/care-plan.fixtures';
import { writtenDeclaration } from '../../domain/care-plan/fhir/test-data/written-declaration';
import { readFileText } from '../../lib/read-file';
import { accessesOf, BSN, renderHandover } from './handover-test-data';
import { useSessionStore } from '../../state/session-store';
import { captureDownloads } from '../../test/downloads';
import { TEST_SESSION } from '../../test/factories';

const jsonFile = (text: string, name = 'pzp.json') => new File([text], name, { type: 'application/json' });

async function openExchange(planOverrides: Parameters<typeof renderHandover>[0] = {}) {
  const app = await renderHandover(planOverrides);
  const section = await screen.findByRole('region', { name: 'Uitwisselen (FHIR)' });
  return { ...app, section, input: within(section).getByLabelText('FHIR-bundel importeren') };
}

async function exportBundle(app: Awaited<ReturnType<typeof openExchange>>, files: { blob: Blob }[]) {
  await app.user.click(within(app.section).getByRole('button', { name: 'Exporteren als FHIR-bundel' }));
  await within(app.section).findByText(/De bundel is gedownload als pzp-\d{4}-\d{2}-\d{2}\.json\./);
  const file = files.at(-1);
  if (!file) throw new Error('nothing was downloaded');
  return readFileText(file.blob);
}

describe('Uitwisselen (FHIR)', () => {
  it('downloads the PZP record as a FHIR Bundle without the BSN, named by date only, and logs the export', async () => {
    const files = captureDownloads();
    const app = await openExchange();
    const text = await exportBundle(app, files);
    const bundle = JSON.parse(text) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry?.some((entry) => entry.resource?.resourceType === 'Consent')).toBe(true);
    expect(text).not.toContain(BSN);
    expect(files[0]?.name).toMatch(/^pzp-\d{4}-\d{2}-\d{2}\.json$/);
    await waitFor(async () => {
      expect(await accessesOf(app, 'carePlan.fhirExport')).toEqual([
        expect.objectContaining({ action: 'E', patientId: app.patient.id, recordPart: 'carePlan.pzp' }),
      ]);
    });
  });

  it('includes the BSN only after the box is ticked', async () => {
    const files = captureDownloads();
    const app = await openExchange();
    await app.user.click(screen.getByRole('checkbox', { name: /BSN opnemen/ }));
    const text = await exportBundle(app, files);
    expect(text).toContain(BSN);
    expect(files[0]?.name).not.toContain(BSN);
  });

  it('refuses a file that is not JSON with a Dutch message and saves nothing', async () => {
    const { user, section, input, db } = await openExchange();
    const before = await db.carePlans.toArray();
    await user.upload(input, jsonFile('{ "resourceType": "Bundle",'));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Dit bestand is geen geldige JSON. Kies een FHIR-bundel (.json).',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await db.carePlans.toArray()).toEqual(before);
  });

  it('refuses a Bundle that cannot be read', async () => {
    const { user, section, input } = await openExchange();
    await user.upload(input, jsonFile(JSON.stringify({ resourceType: 'Bundle', entry: [] })));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Deze FHIR-bundel is onvolledig of beschadigd en kan niet worden gelezen.',
    );
  });

  it('reports what it recognised and lists a resource it cannot map, saving nothing', async () => {
    const bundle = exportPzpBundle(completePlan(), patientFor(), AUTHOR, NOW);
    const unknown: MedicationStatement = {
      resourceType: 'MedicationStatement',
      status: 'active',
      subject: { reference: bundle.entry?.[0]?.fullUrl ?? '' },
      medicationCodeableConcept: { text: 'Morfine' },
    };
    bundle.entry?.push({ fullUrl: 'urn:uuid:extra-1', resource: unknown });
    const { user, section, input, db } = await openExchange();
    const before = await db.carePlans.toArray();
    await user.upload(input, jsonFile(JSON.stringify(bundle), 'van-het-ziekenhuis.json'));

    const report = await within(section).findByRole('region', {
      name: 'Gelezen uit van-het-ziekenhuis.json',
    });
    expect(within(section).getByText('Gekozen: van-het-ziekenhuis.json')).toBeInTheDocument();
    expect(report).toHaveTextContent('Patiënt in de bundel: Jan de Vries, geboren 07-03-1948');
    const recognised = within(report).getAllByRole('listitem');
    expect(recognised[0]).toHaveTextContent(
      /^Behandelgrenzen \(9\): Niet reanimeren; Geen invasieve beademing;/,
    );
    expect(report).toHaveTextContent('Behandeldoel: symptoomgericht palliatief');
    expect(report).toHaveTextContent('Voorkeursplek van overlijden: thuis');
    expect(report).toHaveTextContent('ACP-gesprekken (2): 02-10-2026; 20-11-2026');
    expect(report).not.toHaveTextContent('Alles in de bundel is herkend.');

    const unmapped = within(report).getByRole('table', { name: /Niet overgenomen/ });
    const rows = within(unmapped).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent(
      `MedicationStatemententry[${String((bundle.entry?.length ?? 0) - 1)}]Dit soort gegeven kent Tijdig niet`,
    );
    expect(await db.carePlans.toArray()).toEqual(before);
  });

  it('says "Alles in de bundel is herkend" only for a Bundle it read completely', async () => {
    const bundle = exportPzpBundle(completePlan(), patientFor(), AUTHOR, NOW);
    const { user, section, input } = await openExchange();
    await user.upload(input, jsonFile(JSON.stringify(bundle)));
    const report = await within(section).findByRole('region', { name: 'Gelezen uit pzp.json' });
    expect(report).toHaveTextContent('Alles in de bundel is herkend.');
  });

  it('accepts only the ticked groups, and an established plan becomes a draft', async () => {
    // A huisarts: a POH accepts a limit only namens a huisarts (FhirImportNamens.test.tsx).
    useSessionStore.setState({
      session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, role: 'huisarts' } },
    });
    const plan = completePlan({ status: 'vastgesteld' });
    const changed = completePlan({
      limitReanimatie: { ...plan.limitReanimatie, decision: 'wel' },
      treatmentGoal: { goal: 'curatief', dateDiscussed: plan.treatmentGoal.dateDiscussed },
    });
    const bundle = exportPzpBundle(changed, patientFor(), AUTHOR, NOW);
    const { user, section, input, db, patient } = await openExchange();
    await user.upload(input, jsonFile(JSON.stringify(bundle)));
    const review = await within(section).findByRole('region', { name: 'Controleren en overnemen' });
    expect(review).toHaveTextContent('Dit zorgplan is vastgesteld.');
    const accept = within(review).getByRole('button', { name: /aangevinkt/ });
    expect(accept).toBeDisabled();
    // Unchanged groups cannot be ticked; changed ones show both values.
    expect(within(review).getByRole('checkbox', { name: 'Wensen overnemen' })).toBeDisabled();
    const row = within(review).getByRole('row', { name: /Reanimatie/ });
    expect(row).toHaveTextContent(/niet.*wel/);
    expect((await db.carePlans.get(patient.id as never))?.limitReanimatie.decision).toBe('niet');

    await user.click(within(review).getByRole('checkbox', { name: 'Reanimatie overnemen' }));
    await user.click(within(review).getByRole('button', { name: '1 aangevinkt onderdeel overnemen' }));
    expect(await within(review).findByText(/1 onderdeel is overgenomen/)).toBeInTheDocument();
    const saved = await db.carePlans.get(patient.id as never);
    expect(saved?.limitReanimatie.decision).toBe('wel');
    expect(saved?.treatmentGoal.goal).toBe(plan.treatmentGoal.goal);
    expect(saved?.status).toBe('concept');
  });

  it('shows a withdrawn "niet reanimeren" as history only, never offered as current', async () => {
    const bundle = exportPzpBundle(
      completePlan({ limitReanimatie: { decision: 'niet', dateDiscussed: null, withWhom: '', comment: '' } }),
      patientFor(),
      AUTHOR,
      NOW,
    );
    for (const entry of bundle.entry ?? []) {
      const resource = entry.resource as FhirResource | undefined;
      if (
        resource?.resourceType === 'Consent' &&
        resource.provision?.code?.[0]?.coding?.[0]?.code === '89666000'
      )
        resource.status = 'inactive';
    }
    const { user, section, input } = await openExchange({
      limitReanimatie: { decision: 'wel', dateDiscussed: null, withWhom: '', comment: '' },
    });
    await user.upload(input, jsonFile(JSON.stringify(bundle)));
    const report = await within(section).findByRole('region', { name: 'Gelezen uit pzp.json' });
    expect(report).toHaveTextContent(
      /Niet \(meer\) geldig \(1\).*Behandelgrenzen \(1\): Niet reanimeren \(Ingetrokken of niet meer actief/,
    );
    const review = within(report).getByRole('region', { name: 'Controleren en overnemen' });
    expect(within(review).queryByRole('row', { name: /Reanimatie/ })).toBeNull();
  });

  it('names a written niet-reanimerenverklaring at the top of the report, and takes over no limit from it', async () => {
    const bundle = exportPzpBundle(
      completePlan({ limitReanimatie: { decision: null, dateDiscussed: null, withWhom: '', comment: '' } }),
      patientFor(),
      AUTHOR,
      NOW,
    );
    const patientUrl = bundle.entry?.[0]?.fullUrl ?? '';
    const declaration = writtenDeclaration(patientUrl, 'NR', 'Niet reanimeren verklaring');
    bundle.entry?.push({ fullUrl: 'urn:uuid:declaration-1', resource: declaration });
    const { user, section, input } = await openExchange();
    await user.upload(input, jsonFile(JSON.stringify(bundle)));
    const report = await within(section).findByRole('region', { name: 'Gelezen uit pzp.json' });
    expect(within(report).getByRole('alert')).toHaveTextContent(
      'De bundel meldt een schriftelijke wilsverklaring die Tijdig niet overneemt: Niet reanimeren verklaring.',
    );
    const unmapped = within(report).getByRole('table', { name: /Niet overgenomen/ });
    expect(unmapped).toHaveTextContent('Niet reanimeren verklaring: niet overgenomen als behandelgrens');
    const review = within(report).getByRole('region', { name: 'Controleren en overnemen' });
    expect(within(review).queryByRole('row', { name: /Reanimatie/ })).toBeNull();
  });

  it('warns when the Bundle is about someone else', async () => {
    const other = patientFor({ givenName: 'Piet', birthDate: patientFor().birthDate });
    const bundle = exportPzpBundle(completePlan(), other, AUTHOR, NOW);
    const { user, section, input } = await openExchange();
    await user.upload(input, jsonFile(JSON.stringify(bundle)));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Let op: naam of geboortedatum in de bundel wijkt af van deze patiënt.',
    );
    expect(within(section).queryByRole('region', { name: 'Controleren en overnemen' })).toBeNull();
  });
});
