import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// Step 5 suggests ways of working from the step 1 answers, and links to the method guide.

const kind = testDatabaseKind();

function visibleText(html: string): string {
  return html
    .replace(/<!-- -->/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe(`method advice and guide over HTTP (${kind})`, () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startAppServer({ kind });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('asks for step 1 first, then suggests methods from its answers and says why', async () => {
    const { client } = await signUp(app.baseUrl);
    const planId = await createPlan(client);
    const step5 = `/plannen/${planId}/stap/5`;
    expect(visibleText(await client.html(step5))).toContain('Vul eerst stap 1 in');

    const saved = await client.post(`/plannen/${planId}/stap/1`, {
      intent: 'antwoorden',
      learnWhat: 'hoe ouders de hulp van het wijkteam ervaren',
      needFor: 'het wijkteam beter te laten aansluiten',
      ages: ['0-4'],
      circumstances: ['weinig-nederlands', 'lezen-schrijven'],
      targetNotes: '',
    });
    expect(saved.status).toBe(302);
    const html = await client.html(step5);
    const text = visibleText(html);

    expect(text).toContain('Welke werkvorm past bij deze ouders?');
    expect(text).toContain(
      'Interview : Lezen en schrijven is moeilijk voor deze ouders. In een gesprek hoeft niemand te schrijven.',
    );
    expect(text).toContain('Spiegelbijeenkomst : Professionals of de gemeente horen dan zelf');
    expect(text).toContain(
      'Korte vragenlijst : Een geschreven vragenlijst werkt slecht als lezen moeilijk is.',
    );
    expect(html).toContain('href="/werkvormen#interview"');
    expect(html).toContain('href="/taalcheck"');
  });

  it('shows the method guide to anyone, with every method and its checklist', async () => {
    const html = await new TestClient(app.baseUrl).html('/werkvormen');
    const text = visibleText(html);

    for (const id of [
      'interview',
      'focusgroep',
      'spiegelbijeenkomst',
      'pla',
      'vragenlijst',
      'cocreatie',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    for (const heading of [
      'Wat is het?',
      'Wanneer past het?',
      'Wat bereid je voor?',
      'Wie doet wat?',
      'Let op',
    ]) {
      expect(text.split(heading).length - 1, heading).toBe(6);
    }
    expect(text).toContain('Hoeveel ouders 6 tot 10 ouders in de kring.');
  });
});
