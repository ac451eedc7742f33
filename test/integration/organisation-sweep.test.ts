import type { RouteConfigEntry } from '@react-router/dev/routes';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoPlan } from '~/features/export/demo-plan';
import routes from '~/routes';
import { type AppServer, startAppServer } from '../support/app-server';
import { createPlan, signUp, TestClient } from '../support/http';
import { testDatabaseKind } from '../support/runtime';

// The sweep: every route of the route configuration (so a route added later is covered without
// editing this test), filled with the ids of another organisation's records, asked for by a
// signed-in member of a second organisation and by someone signed out. The first organisation's
// data must never come back, and nothing of it may change.

const MARK = 'Zilverreiger';

type Form = { action: string; fields: [string, string][] };

/** Every route path of the configuration, with the paths of layouts and parents joined. */
function routePatterns(entries: RouteConfigEntry[], parent = ''): string[] {
  const patterns: string[] = [];
  for (const entry of entries) {
    const own = entry.path ? `${parent}/${entry.path}`.replace(/\/+/g, '/') : parent || '/';
    if (entry.path || entry.index) patterns.push(own);
    if (entry.children) patterns.push(...routePatterns(entry.children, entry.path ? own : parent));
  }
  return [...new Set(patterns)];
}

/** A regular expression for a route pattern: `:param` is one segment, `*` the rest. */
function patternRegex(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      return segment
        .split(/(:[A-Za-z0-9_]+\??)/)
        .map((part) =>
          part.startsWith(':') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
}

/** Links and forms of a page, same origin only. */
function linksAndForms(html: string, pageUrl: string, baseUrl: string) {
  const root = parse(html);
  const links: string[] = [];
  for (const a of root.querySelectorAll('a[href]')) {
    const url = new URL(a.getAttribute('href') ?? '', pageUrl);
    if (url.origin === new URL(baseUrl).origin) links.push(url.pathname + url.search);
  }
  const forms: Form[] = [];
  for (const form of root.querySelectorAll('form')) {
    const url = new URL(form.getAttribute('action') ?? pageUrl, pageUrl);
    if (url.origin !== new URL(baseUrl).origin) continue;
    const fields: [string, string][] = [];
    for (const input of form.querySelectorAll('input, select, textarea')) {
      const name = input.getAttribute('name');
      if (!name || input.getAttribute('type') === 'file') continue;
      const type = input.getAttribute('type');
      if ((type === 'checkbox' || type === 'radio') && !input.hasAttribute('checked')) continue;
      if (input.tagName === 'SELECT') {
        const chosen = input.querySelector('option[selected]') ?? input.querySelector('option');
        fields.push([name, chosen?.getAttribute('value') ?? chosen?.text ?? '']);
      } else if (input.tagName === 'TEXTAREA') {
        fields.push([name, input.text]);
      } else {
        fields.push([name, input.getAttribute('value') ?? '']);
      }
    }
    const method = (form.getAttribute('method') ?? 'get').toLowerCase();
    if (method === 'post') forms.push({ action: url.pathname + url.search, fields });
    else links.push(url.pathname + url.search);
  }
  return { links, forms };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe(`another organisation's records over every route (${testDatabaseKind()})`, () => {
  let app: AppServer;
  let owner: TestClient;
  let intruder: TestClient;
  let planId = '';
  let markers: string[] = [];
  const visited = new Map<string, string>();
  const forms: Form[] = [];
  const ownerIds = new Set<string>();

  beforeAll(async () => {
    app = await startAppServer({ kind: testDatabaseKind() });
    owner = (
      await signUp(app.baseUrl, {
        name: `Wietske ${MARK}`,
        organisationName: `Buurtteam ${MARK}`,
      })
    ).client;
    const document = buildDemoPlan('2026-03-02');
    document.plan.title = `Bewegen met ${MARK}`;
    const form = new FormData();
    form.append(
      'file',
      new Blob([JSON.stringify(document)], { type: 'application/json' }),
      'plan.json',
    );
    const imported = await owner.request('/plannen/import', { method: 'POST', body: form });
    planId = /\/plannen\/([0-9a-f-]{36})/.exec(imported.headers.get('Location') ?? '')?.[1] ?? '';
    expect(planId).not.toBe('');
    // A plan in the bin, so that the bin shows the owner's ids too.
    const binned = await createPlan(owner, `Prullenbakplan ${MARK}`);
    expect((await owner.post(`/plannen/${binned}`, { intent: 'verwijderen' })).status).toBe(302);

    markers = [
      MARK,
      document.plan.learnWhat ?? '',
      ...(document.places ?? []).flatMap((place) => [
        place.name,
        place.contactPerson ?? '',
        place.phone ?? '',
        place.email ?? '',
      ]),
    ].filter((marker) => marker.length >= 6 && !/[&<>"']/.test(marker));

    // Everything the owner can reach by following links from their own pages.
    const queue = ['/plannen', '/prullenbak', '/account', `/plannen/${planId}`];
    while (queue.length > 0 && visited.size < 200) {
      const path = queue.shift() ?? '';
      if (visited.has(path) || path.startsWith('/api/') || path.startsWith('/uitloggen')) continue;
      const response = await owner.get(path);
      const type = response.headers.get('Content-Type') ?? '';
      const body = type.includes('text/html') || type.includes('json') ? await response.text() : '';
      visited.set(path, body);
      for (const id of body.match(UUID) ?? []) ownerIds.add(id.toLowerCase());
      if (!type.includes('text/html')) continue;
      const found = linksAndForms(body, new URL(path, app.baseUrl).href, app.baseUrl);
      forms.push(...found.forms);
      for (const link of found.links) if (!visited.has(link)) queue.push(link);
    }
    expect(visited.get(`/plannen/${planId}`)).toContain(MARK);

    intruder = (await signUp(app.baseUrl, { name: 'Bas Anders', organisationName: 'Ander team' }))
      .client;
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
  });

  /** Concrete addresses for every route: the owner's own links, and each pattern filled in. */
  function sweepTargets(): { path: string; withOwnerId: boolean }[] {
    const patterns = routePatterns(routes);
    const targets = new Set<string>();
    const idsByParam = new Map<string, Set<string>>();
    for (const path of visited.keys()) {
      const pathname = path.split('?')[0] ?? path;
      for (const pattern of patterns) {
        const match = patternRegex(pattern).exec(pathname);
        if (!match || pattern.includes('*')) continue;
        targets.add(path);
        paramNames(pattern).forEach((name, index) => {
          const value = match[index + 1];
          if (!value) return;
          const set = idsByParam.get(name) ?? new Set<string>();
          set.add(value);
          idsByParam.set(name, set);
        });
      }
    }
    for (const form of forms) targets.add(form.action);
    for (const pattern of patterns) {
      const names = paramNames(pattern);
      // A route no page links to: every id of the owner's that is a candidate for its params.
      const candidates = (name: string) =>
        name === 'planId' ? [planId] : [...(idsByParam.get(name) ?? ownerIds)].slice(0, 20);
      let filled = [pattern.replace('*', `plannen/${planId}`)];
      for (const name of names) {
        filled = filled.flatMap((path) =>
          candidates(name).map((id) => path.replace(new RegExp(`:${name}\\??`), id)),
        );
      }
      for (const path of filled) targets.add(path);
    }
    return [...targets].map((path) => ({
      path,
      withOwnerId: (path.match(UUID) ?? []).some((id) => ownerIds.has(id.toLowerCase())),
    }));
  }

  function leaks(body: string): string[] {
    return markers.filter((marker) => body.includes(marker));
  }

  async function bodyText(response: Response): Promise<string> {
    return Buffer.from(await response.arrayBuffer()).toString('utf8');
  }

  it('covers every route of the configuration', () => {
    const targets = sweepTargets().map((t) => t.path.split('?')[0] ?? '');
    for (const pattern of routePatterns(routes)) {
      if (pattern.includes('*')) continue;
      expect(
        targets.some((path) => patternRegex(pattern).test(path)),
        pattern,
      ).toBe(true);
    }
    expect(targets.some((path) => path.includes(`/plannen/${planId}/`))).toBe(true);
  });

  it('answers 403 or 404 and no data to a member of another organisation, and changes nothing', async () => {
    const before = await owner.get(`/plannen/${planId}/export.json`);
    const { exportedAt: _a, ...documentBefore } = await before.json();
    const problems: string[] = [];
    let replayed = 0;

    for (const { path, withOwnerId } of sweepTargets()) {
      const [pathname, search] = path.split('?');
      const requests: [string, Response][] = [
        [`GET ${path}`, await intruder.get(path)],
        [
          `GET ${pathname}.data`,
          await intruder.get(
            `${pathname === '/' ? '/_root' : pathname}.data${search ? `?${search}` : ''}`,
          ),
        ],
      ];
      if (!path.startsWith('/uitloggen') && !path.startsWith('/api/')) {
        requests.push([`POST ${path}`, await intruder.post(path, { intent: 'verwijderen' })]);
      }
      for (const [label, response] of requests) {
        const body = await bodyText(response);
        const leaked = leaks(body);
        if (leaked.length > 0) problems.push(`${label}: shows ${leaked.join(', ')}`);
        if (withOwnerId && ![403, 404, 405].includes(response.status)) {
          problems.push(`${label}: answered ${response.status}`);
        }
      }
    }
    // Each of the owner's own forms, posted with the owner's values by the other member.
    for (const form of forms) {
      const carriesOwnerId = form.fields.some(([, value]) => ownerIds.has(value.toLowerCase()));
      const targetsOwner = (form.action.match(UUID) ?? []).some((id) =>
        ownerIds.has(id.toLowerCase()),
      );
      // A form about the member's own things (their name, a new plan) would only copy the owner's
      // text into the other organisation: nothing to learn from that.
      if (!carriesOwnerId && !targetsOwner) continue;
      const fields: Record<string, string[]> = {};
      for (const [name, value] of form.fields) fields[name] = [...(fields[name] ?? []), value];
      const response = await intruder.post(form.action, fields);
      const leaked = leaks(await bodyText(response));
      if (leaked.length > 0)
        problems.push(`POST ${form.action} (form): shows ${leaked.join(', ')}`);
      if (![400, 403, 404, 405].includes(response.status)) {
        problems.push(`POST ${form.action} (form): answered ${response.status}`);
      }
      replayed += 1;
    }

    expect(problems).toEqual([]);
    expect(replayed).toBeGreaterThan(5);
    const after = await owner.get(`/plannen/${planId}/export.json`);
    const { exportedAt: _b, ...documentAfter } = await after.json();
    expect(documentAfter).toEqual(documentBefore);
    expect(await owner.html('/prullenbak')).toContain(`Prullenbakplan ${MARK}`);
    // The other member was still signed in for all of it.
    expect((await intruder.get('/plannen')).status).toBe(200);
  }, 600_000);

  it('sends someone signed out to the sign-in page, never data', async () => {
    const anonymous = new TestClient(app.baseUrl);
    const problems: string[] = [];
    for (const { path, withOwnerId } of sweepTargets()) {
      for (const method of ['GET', 'POST'] as const) {
        if (method === 'POST' && path.startsWith('/api/')) continue;
        const response =
          method === 'GET'
            ? await anonymous.get(path)
            : await anonymous.post(path, { intent: 'x' });
        const label = `${method} ${path}`;
        const leaked = leaks(await bodyText(response));
        if (leaked.length > 0) problems.push(`${label}: shows ${leaked.join(', ')}`);
        const location = response.headers.get('Location') ?? '';
        const toSignIn =
          response.status >= 300 && response.status < 400 && location.startsWith('/inloggen');
        if (withOwnerId && !toSignIn && ![401, 403, 404, 405].includes(response.status)) {
          problems.push(`${label}: answered ${response.status} ${location}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('answers 404 and no data to a partner of another plan of the same organisation', async () => {
    // A second plan of the owner, shared with a person of a third organisation as partner.
    const sharedPlan = await createPlan(owner, 'Samen bewegen');
    const invited = await owner.post(`/plannen/${sharedPlan}/delen`, {
      intent: 'uitnodigen',
      email: '',
      access: 'partner',
    });
    const link = /id="uitnodigingslink"[^>]*value="([^"]+)"/.exec(await invited.text())?.[1];
    expect(link).toBeDefined();
    const partner = (
      await signUp(app.baseUrl, { name: 'Pia Partner', organisationName: 'Welzijn' })
    ).client;
    const accepted = await partner.post(new URL(link ?? '').pathname, {});
    expect(accepted.headers.get('Location')).toBe(`/plannen/${sharedPlan}`);
    expect((await partner.get(`/plannen/${sharedPlan}/stap/1`)).status).toBe(200);

    // The partner sees whose plan it is (the organisation's name), nothing else of it.
    const partnerMarkers = [
      ...markers.filter((marker) => marker !== MARK),
      `Bewegen met ${MARK}`,
      `Prullenbakplan ${MARK}`,
    ];
    const problems: string[] = [];
    for (const { path, withOwnerId } of sweepTargets()) {
      if (path.includes(sharedPlan)) continue;
      const [pathname, search] = path.split('?');
      const requests: [string, Response][] = [
        [`GET ${path}`, await partner.get(path)],
        [
          `GET ${pathname}.data`,
          await partner.get(
            `${pathname === '/' ? '/_root' : pathname}.data${search ? `?${search}` : ''}`,
          ),
        ],
      ];
      if (!path.startsWith('/uitloggen') && !path.startsWith('/api/')) {
        requests.push([`POST ${path}`, await partner.post(path, { intent: 'verwijderen' })]);
      }
      for (const [label, response] of requests) {
        const body = await bodyText(response);
        const leaked = partnerMarkers.filter((marker) => body.includes(marker));
        if (leaked.length > 0) problems.push(`${label}: shows ${leaked.join(', ')}`);
        if (withOwnerId && ![403, 404, 405].includes(response.status)) {
          problems.push(`${label}: answered ${response.status}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await owner.html('/prullenbak')).toContain(`Prullenbakplan ${MARK}`);
  }, 600_000);
});
