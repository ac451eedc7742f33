import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Sessions of step 5 over HTTP, as a browser without JavaScript uses them.

const kind = testDatabaseKind();

function visibleText(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const session = {
  intent: 'bijeenkomst-nieuw',
  method: 'spiegelbijeenkomst',
  title: 'Ouders vertellen, de gemeente luistert',
  date: '2027-03-16',
  startTime: '09:00',
  endTime: '10:30',
  place: 'Basisschool De Regenboog, aula',
  expectedParents: '8',
  languageSupport: 'Tolk Arabisch',
  childcare: 'Oppas in het lokaal ernaast',
  accessibility: 'Geen drempels',
  compensation: 'Cadeaubon van 20 euro',
  invitationText: 'U wordt uitgenodigd voor de bijeenkomst op 16-03-2027.',
  checklist: ['De plek is geregeld.'],
  attendedParents: '',
  notesAfter: '',
};

describe(`sessions over HTTP (${kind})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('plans a session, checks its invitation, and records afterwards how many came', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const list = `/plannen/${planId}/bijeenkomsten`;

    const created = await client.post(list, session);
    expect(created.status, await created.clone().text()).toBe(302);
    const page = created.headers.get('Location') ?? '';
    expect(page).toMatch(new RegExp(`^${list}/[^/]+$`));
    const html = await client.html(page);
    const text = visibleText(html);

    expect(text).toContain('Ouders vertellen, de gemeente luistert (Spiegelbijeenkomst)');
    expect(text).toContain('Taalcheck van de uitnodiging');
    expect(html).toContain('<mark class="tc-mark tc-mark--passief">wordt uitgenodigd</mark>');
    expect(html).toMatch(/<input[^>]*checked=""[^>]*value="De plek is geregeld\."/);
    // The checklist holds the general points and those of the method guide.
    expect(text).toContain('Zoek een gespreksleider die niet bij jouw organisatie werkt.');

    const token = /name="updatedAt" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const saved = await client.post(page, {
      ...session,
      intent: 'bijeenkomst-wijzig',
      updatedAt: token,
      checklist: ['De plek is geregeld.', 'Oppas voor de kinderen is geregeld.'],
      attendedParents: '7',
      notesAfter: 'Ouders wilden graag vaker zo praten.',
    });
    expect(saved.status, await saved.clone().text()).toBe(302);

    const step5 = visibleText(await client.html(`/plannen/${planId}/stap/5`));
    expect(step5).toContain('Ouders vertellen, de gemeente luistert (Spiegelbijeenkomst)');
    expect(step5).toContain('Er kwamen 7 ouders.');
    expect(step5).toMatch(/Voorbereiding: 2 van \d+ punten klaar\./);

    const stale = await client.post(page, {
      ...session,
      intent: 'bijeenkomst-wijzig',
      updatedAt: token,
      notesAfter: 'Een oude versie',
    });
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(visibleText(staleHtml)).toContain('Iemand anders heeft deze bijeenkomst net gewijzigd.');
    expect(staleHtml).toContain('Een oude versie');
  });

  it('says in Dutch what is wrong and keeps everything typed', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);

    const response = await client.post(`/plannen/${planId}/bijeenkomsten`, {
      ...session,
      date: '31-02-2027',
      startTime: '10:30',
      endTime: '09:00',
      expectedParents: 'veel',
      checklist: ['Iets dat niet in de lijst staat'],
    });

    expect(response.status).toBe(400);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain('Deze datum bestaat niet.');
    expect(text).toContain('De eindtijd moet na de begintijd liggen.');
    expect(text).toContain(
      'Vul bij verwachte ouders een getal in van 0 tot 1000, bijvoorbeeld 12.',
    );
    expect(text).toContain('Kies uit de lijst.');
    expect(html).toContain('Oppas in het lokaal ernaast');
    expect(html).toContain('value="veel"');
  });

  it('answers 404 for a session of another organisation, and after removal', async () => {
    const owner = await signUp(app.baseUrl);
    const planId = await createPlan(owner.client);
    const created = await owner.client.post(`/plannen/${planId}/bijeenkomsten`, session);
    const page = created.headers.get('Location') ?? '';
    const other = await signUp(app.baseUrl);

    expect((await other.client.get(page)).status).toBe(404);
    expect((await other.client.post(page, { intent: 'bijeenkomst-verwijderen' })).status).toBe(404);

    const removed = await owner.client.post(page, { intent: 'bijeenkomst-verwijderen' });
    expect(removed.status).toBe(302);
    expect((await owner.client.get(page)).status).toBe(404);
  });
});
