import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { listCarePlanVersions, saveCarePlan } from '../../db';
import {
  emptyCarePlanFields,
  type Author,
  type CarePlanFields,
  type IsoDate,
  type IsoDateTime,
} from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

const GP: Author = { name: 'Hanna Bakker', role: 'huisarts' };

beforeEach(() => {
  useSessionStore.setState({ session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, ...GP } } });
});

async function openLimits(path: string, patients = [patientRow()]) {
  const app = await renderApp(path, patients);
  const limits = await screen.findByRole('region', { name: 'Behandelgrenzen' });
  const reanimatie = within(limits).getByRole('group', { name: 'Reanimatie' });
  return { ...app, limits, reanimatie };
}

describe('the care plan editor', () => {
  it('refuses a "niet" on reanimatie without the date it was discussed, then saves it with the date as a version by the GP', async () => {
    const patient = patientRow();
    const { user, db, reanimatie } = await openLimits(`/patienten/${patient.id}/zorgplan`, [patient]);
    await user.click(within(reanimatie).getByRole('radio', { name: 'Niet' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    const date = within(reanimatie).getByLabelText(/^Datum besproken/);
    await waitFor(() => {
      expect(date).toHaveAttribute('aria-invalid', 'true');
    });
    expect(date).toHaveAccessibleDescription(
      /Vul de datum in: bij ‘niet’ moet te zien zijn wanneer het besproken is/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Het zorgplan is niet opgeslagen: 1 veld vraagt aandacht',
    );
    expect(await db.carePlans.count()).toBe(0);
    expect(await db.carePlanVersions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);

    await user.type(date, '20-11-2025');
    await user.type(within(reanimatie).getByLabelText(/^Met wie besproken/), 'patiënt en dochter');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(await screen.findByText('Zorgplan opgeslagen als concept.')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'false');
    const [version] = await listCarePlanVersions(db, patient.id);
    expect(version?.author).toEqual(GP);
    expect(version?.plan.limitReanimatie).toEqual({
      decision: 'niet',
      dateDiscussed: '2025-11-20',
      withWhom: 'patiënt en dochter',
      comment: '',
      // The GP's own decision: recorded namens nobody.
      onBehalfOf: null,
    });
    // The section says when it was last discussed, from the saved plan.
    expect(await screen.findByText('Laatst besproken: 20-11-2025')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Zorgplan van Jan de Vries Concept');
  });

  it('shows a long text its limit and how much is used while typing, before saving refuses it', async () => {
    const patient = patientRow();
    const { user } = await renderApp(`/patienten/${patient.id}/zorgplan`, [patient]);
    const acute = await screen.findByRole('region', { name: 'Afspraken voor acute situaties' });
    const text = within(acute).getByRole('textbox', { name: /^Afspraken/ });
    expect(text).toHaveAccessibleDescription(/0 van maximaal 2000 tekens/);
    await user.type(text, 'Bel de HAP');
    expect(text).toHaveAccessibleDescription(/10 van maximaal 2000 tekens/);
  });

  it('asks for the essentials when establishing an incomplete plan, each next to its field', async () => {
    const patient = patientRow();
    const { user, db } = await openLimits(`/patienten/${patient.id}/zorgplan`, [patient]);
    await user.click(screen.getByRole('button', { name: 'Vaststellen' }));

    const regie = await screen.findByRole('group', { name: 'Regiebehandelaar' });
    await waitFor(() => {
      expect(within(regie).getByLabelText(/^Naam/)).toHaveAccessibleDescription(/Vul dit veld in/);
    });
    expect(
      screen.getByText('Leg ten minste één ACP-gesprek vast om het zorgplan vast te stellen.'),
    ).toBeVisible();
    expect(screen.getByRole('group', { name: 'Behandeldoel' })).toHaveAccessibleDescription(
      /Vul dit veld in/,
    );
    expect(await db.carePlans.count()).toBe(0);
  });

  it('marks a draft as Concept on the plan, the patient page and the overview', async () => {
    const patient = patientRow({ familyName: 'Jansen', palliativeSince: '2026-01-10' as IsoDate });
    const { user } = await renderApp(`/patienten/${patient.id}`, [patient]);
    const summary = await screen.findByRole('region', { name: 'Zorgplan' });
    expect(summary).toHaveTextContent('Nog geen zorgplan');
    await user.click(within(summary).getByRole('link', { name: 'Zorgplan beginnen' }));

    const wishes = await screen.findByLabelText('Wensen en verwachtingen');
    await user.type(wishes, 'Zo lang mogelijk thuis');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    expect(await screen.findByText('Zorgplan opgeslagen als concept.')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Concept');
    });

    await user.click(screen.getByRole('link', { name: 'Terug naar Jan de Jansen' }));
    const after = await screen.findByRole('region', { name: 'Zorgplan' });
    expect(after).toHaveTextContent('Concept');
    expect(after).toHaveTextContent('Nog niet besproken');

    await user.click(screen.getByRole('link', { name: 'Zorgplannen' }));
    const table = await screen.findByRole('table', { name: 'Zorgplannen' });
    const row = within(table).getByRole('row', { name: /Jan de Jansen/ });
    expect(row).toHaveTextContent('Concept');
    expect(row).toHaveTextContent('door Hanna Bakker');
  });
});

describe('the choices of the PZP standard', () => {
  it('offers the ICD limit only the decisions the standard allows, and keeps an old "niet" visible with why', async () => {
    const patient = patientRow();
    const { limits } = await openLimits(`/patienten/${patient.id}/zorgplan`, [patient]);
    const icd = within(limits).getByRole('group', { name: 'ICD uitzetten' });
    expect(
      within(icd)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['wel', 'anders', 'onbekend']);
  });

  it('shows an ICD "niet" saved before the rule, so nobody loses it unseen', async () => {
    const patient = patientRow();
    const app = await renderApp(`/patienten/${patient.id}`, [patient]);
    const fields: CarePlanFields = {
      ...emptyCarePlanFields(),
      limitIcdUitzetten: {
        decision: 'niet',
        dateDiscussed: '2025-11-20' as IsoDate,
        withWhom: '',
        comment: '',
      },
    };
    expect((await saveCarePlan(app.db, patient.id, fields, GP, new Date('2026-01-12T09:00:00Z'))).ok).toBe(
      true,
    );
    await app.user.click(await screen.findByRole('link', { name: 'Zorgplan openen' }));
    const limits = await screen.findByRole('region', { name: 'Behandelgrenzen' });
    const icd = within(limits).getByRole('group', { name: 'ICD uitzetten' });
    expect(within(icd).getByRole('radio', { name: 'Niet' })).toBeChecked();
    expect(icd).toHaveTextContent('De landelijke PZP-standaard kent dit besluit niet');
  });

  it('records the four positions on euthanasia of the standard, including "wenst geen euthanasie"', async () => {
    const patient = patientRow();
    const { user, db } = await openLimits(`/patienten/${patient.id}/zorgplan`, [patient]);
    const section = screen.getByRole('region', { name: 'Euthanasie en donorregister' });
    const position = within(section).getByRole('group', { name: 'Standpunt over euthanasie' });
    expect(within(position).getAllByRole('radio')).toHaveLength(4);
    await user.click(within(position).getByRole('radio', { name: 'Wenst geen euthanasie' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    expect(await screen.findByText('Zorgplan opgeslagen als concept.')).toBeInTheDocument();
    expect((await db.carePlans.toArray())[0]?.euthanasia).toEqual({
      position: 'wenstGeen',
      dateDiscussed: null,
      comment: '',
      // The huisarts's own decision: no "namens".
      onBehalfOf: null,
    });
  });
});

describe('a plan changed elsewhere while open', () => {
  it("says so, and saves only this form's changes on top of the newer version", async () => {
    const patient = patientRow();
    const { user, db } = await renderApp(`/patienten/${patient.id}`, [patient]);
    const first = await saveCarePlan(db, patient.id, plan({}), GP, new Date('2026-01-12T09:00:00Z'));
    expect(first.ok).toBe(true);
    await user.click(await screen.findByRole('link', { name: 'Zorgplan openen' }));
    const limits = await screen.findByRole('region', { name: 'Behandelgrenzen' });

    // Meanwhile a nurse's device syncs a change to the acute agreements.
    const nurse: Author = { name: 'Wies Jansen', role: 'wijkverpleegkundige' };
    const agreements = { text: 'Bel de huisartsenpost, niet 112', lastDiscussed: null };
    await saveCarePlan(
      db,
      patient.id,
      plan({ acuteAgreements: agreements }),
      nurse,
      new Date('2026-01-13T09:00:00Z'),
    );
    expect(await screen.findByText(/intussen opnieuw opgeslagen door Wies Jansen/)).toBeInTheDocument();

    const icOpname = within(limits).getByRole('group', { name: 'IC-opname' });
    await user.click(within(icOpname).getByRole('radio', { name: 'Onbekend' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    expect(await screen.findByText('Zorgplan opgeslagen als concept.')).toBeInTheDocument();

    const [latest] = await listCarePlanVersions(db, patient.id);
    expect(latest?.author).toEqual(GP);
    expect(latest?.plan.acuteAgreements).toEqual(agreements);
    expect(latest?.plan.limitIcOpname.decision).toBe('onbekend');
    const acute = screen.getByRole('region', { name: 'Afspraken voor acute situaties' });
    expect(within(acute).getByLabelText(/^Afspraken/)).toHaveValue(agreements.text);
  });
});

function plan(overrides: Partial<CarePlanFields>): CarePlanFields {
  return { ...emptyCarePlanFields(), ...overrides };
}

const limit = (decision: 'wel' | 'niet') => ({
  decision,
  dateDiscussed: '2026-01-12' as IsoDate,
  withWhom: 'patiënt',
  comment: '',
});

describe('the version history', () => {
  it('shows when a version was recorded offline, beside the moment the server received it', async () => {
    const patient = patientRow();
    const { db, user } = await renderApp('/zorgplannen', [patient]);
    const saved = await saveCarePlan(
      db,
      patient.id,
      plan({ limitReanimatie: limit('niet') }),
      GP,
      new Date(),
    );
    expect(saved.ok).toBe(true);
    // As the pull brings it back: the server's receipt time, and the device's own clock kept apart.
    const [version] = await db.carePlanVersions.toArray();
    if (!version) throw new Error('the save wrote no version');
    await db.carePlanVersions.update(version.id, {
      savedAt: '2026-01-13T08:00:00.000Z' as IsoDateTime,
      deviceRecordedAt: '2026-01-12T19:45:00.000Z' as IsoDateTime,
    });

    await user.click(await screen.findByRole('link', { name: 'Jan de Vries' }));
    await user.click(await screen.findByRole('link', { name: 'Versiegeschiedenis' }));
    expect(await screen.findByRole('region', { name: 'Versies' })).toHaveTextContent(
      'Versie 1 13-01-2026 09:00 door Hanna Bakker (huisarts) · Concept (vastgelegd op het apparaat: 12-01-2026 20:45)',
    );
  });

  it('shows who saved each version and what changed between the last two, in words', async () => {
    const patient = patientRow();
    const { db, user } = await renderApp('/zorgplannen', [patient]);
    const first = await saveCarePlan(
      db,
      patient.id,
      plan({ limitReanimatie: limit('wel') }),
      GP,
      new Date('2026-01-12T09:00:00Z'),
    );
    const nurse: Author = { name: 'Wies Jansen', role: 'wijkverpleegkundige' };
    const second = await saveCarePlan(
      db,
      patient.id,
      plan({
        limitReanimatie: limit('niet'),
        acpConversations: [{ date: '2026-01-12' as IsoDate, participants: ['Hanna Bakker', 'Els de Vries'] }],
      }),
      nurse,
      new Date('2026-01-13T14:30:00Z'),
    );
    expect(first.ok && second.ok).toBe(true);

    await user.click(await screen.findByRole('link', { name: 'Jan de Vries' }));
    await user.click(await screen.findByRole('link', { name: 'Versiegeschiedenis' }));

    const versions = await screen.findByRole('region', { name: 'Versies' });
    expect(versions).toHaveTextContent(
      'Versie 2 13-01-2026 15:30 door Wies Jansen (wijkverpleegkundige) · Concept',
    );
    expect(versions).toHaveTextContent('Versie 1 12-01-2026 10:00 door Hanna Bakker (huisarts) · Concept');
    const changes = screen.getByRole('region', { name: 'Vergelijk' });
    expect(changes).toHaveTextContent('Wat veranderde van Versie 1 naar Versie 2');
    expect(changes).toHaveTextContent(
      'Gewijzigd door Wies Jansen (wijkverpleegkundige) op 13-01-2026 15:30.',
    );
    const items = within(changes)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'Reanimatie: wel → niet',
      'ACP-gesprekken – gesprek van 12-01-2026 (toegevoegd): 12-01-2026, Hanna Bakker, Els de Vries',
    ]);

    // Any two versions: the first against the empty plan shows what was recorded first.
    const newer = within(changes).getByLabelText('Nieuwere versie');
    await user.selectOptions(newer, within(newer).getByRole('option', { name: /^Versie 1 / }));
    await user.selectOptions(
      within(changes).getByLabelText('Oudere versie'),
      'Leeg zorgplan (vóór versie 1)',
    );
    expect(changes).toHaveTextContent('Wat veranderde van Leeg zorgplan (vóór versie 1) naar Versie 1');
    expect(changes).toHaveTextContent('Reanimatie: leeg → wel');
    expect(changes).toHaveTextContent('Reanimatie – datum besproken: leeg → 12-01-2026');
  });
});
