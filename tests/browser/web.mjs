// The web app in headless Chromium, as its people use it: a teacher, a newcomer without trust and two coordinators
// sign in with the demo picker and do their journeys, by keyboard where a person would. axe-core checks every page
// in every state reached (WCAG 2.1 AA rules); each page is also checked at 320 px for sideways scrolling.
// Usage: node web.mjs <service url> <artifacts folder> [screenshots folder]
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const [base, artifacts = 'artifacts', screenshots] = process.argv.slice(2);
if (!base) {
  console.error('usage: node web.mjs <service url> [artifacts folder] [screenshots folder]');
  process.exit(2);
}
await mkdir(artifacts, { recursive: true });
if (screenshots) await mkdir(screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;
const ok = (name) => { passed++; console.log(`ok   ${name}`); };
const bad = (name, why) => { failed++; console.log(`FAIL ${name}\n       ${why}`); };
const check = async (name, fn) => {
  try { await fn(); ok(name); } catch (e) { bad(name, e.message.split('\n').slice(0, 6).join('\n       ')); }
};
const expect = (condition, message) => { if (!condition) throw new Error(message); };

/** axe on the page as it is now, WCAG 2.0/2.1 A and AA rules. */
async function accessible(page, state) {
  await check(`axe: ${state}`, async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const found = result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
    expect(found.length === 0, found.join('\n'));
  });
  await check(`320 px without sideways scrolling: ${state}`, async () => {
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.setViewportSize(size);
    expect(wide <= 320, `the page is ${wide} px wide at a 320 px viewport`);
  });
}

/** Clicks a form's button and waits for the page the POST answers with. */
async function post(page, locator) {
  await Promise.all([page.waitForResponse(r => r.request().method() === 'POST' && r.request().isNavigationRequest()), locator.click()]);
  await page.waitForLoadState('load');
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  if (screenshots) await page.screenshot({ path: path.join(screenshots, `${name}.png`) }); // what a screen shows
}

async function person(login) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  // Script errors only: a 400 page for a form with errors is logged by the browser too, and is what we want.
  await page.goto(`${base}/aanmelden`);
  await page.locator(`input[name=login][value="${login}"]`).check();
  await page.getByRole('button', { name: 'Aanmelden' }).last().click();
  await page.waitForURL(`${base}/`);
  return { page, context, errors };
}

try {
  // Signed out: the start page, the sign-in page and a page that does not exist.
  {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await accessible(page, 'start page, signed out');
    await page.goto(`${base}/aanmelden`);
    await accessible(page, 'sign-in (demo picker)');
    await shot(page, 'aanmelden');
    const missing = await page.goto(`${base}/bestaat-niet`);
    await check('an unknown page is a 404 page in Dutch', async () => {
      expect(missing.status() === 404, `status ${missing.status()}`);
      expect((await page.locator('h1').textContent()) === 'Niet gevonden', 'no Dutch heading');
    });
    await accessible(page, 'not found');
    await context.close();
  }

  // The teacher: the lookup by keyboard, the search, a person, her details, who viewed them, trust.
  {
    const { page, context, errors } = await person('teacher.amberveen');
    await accessible(page, 'start page, teacher');
    await shot(page, 'start');

    await page.goto(`${base}/ik-maak-me-zorgen`);
    await accessible(page, 'lookup form');
    await check('lookup by keyboard: words find the concern, Enter asks', async () => {
      await page.locator('#words').focus();
      await page.keyboard.type('extremisme');
      await Promise.all([page.waitForURL(/handler=Find/), page.keyboard.press('Enter')]); // the first submit button: "Zoek"
      await page.waitForLoadState('load');
      const options = await page.locator('input[name=ConcernType]').count();
      expect(options >= 1 && options < 5, `${options} concerns left after searching`);
      await page.locator('input[name=ConcernType]').first().check();
      await page.locator('#step-SharingPersonalData').check();
      await page.getByRole('button', { name: 'Toon wie ik kan bellen' }).focus();
      await Promise.all([page.waitForURL(/handler=Ask/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect(await page.locator('#answer-heading').isVisible(), 'no answer shown');
      const cards = await page.locator('section .network-card').count();
      expect(cards > 0, 'no contacts in the answer');
      const tel = await page.locator('section a[href^="tel:"]').count();
      expect(tel > 0, 'no one-tap call links');
    });
    await accessible(page, 'lookup answer');
    await page.locator('#answer-heading').scrollIntoViewIfNeeded();
    await shot(page, 'ik-maak-me-zorgen');

    await page.goto(`${base}/zoeken`);
    await page.locator('#name').fill('Kuipers');
    await post(page, page.getByRole('button', { name: 'Zoeken' }).last());
    await accessible(page, 'search results');
    await check('search finds a colleague and opens their page', async () => {
      await page.getByRole('link', { name: 'Bas Kuipers' }).click();
      await page.waitForLoadState('load');
      expect((await page.locator('h1').textContent()) === 'Bas Kuipers', 'person page did not open');
    });
    await accessible(page, 'a person');

    await page.goto(`${base}/mijn-gegevens`);
    await accessible(page, 'my details');
    await shot(page, 'mijn-gegevens');
    await check('my details: a save comes back with a confirmation', async () => {
      await page.locator('#about').fill('Docent maatschappijleer; geeft dialooglessen over polarisatie.');
      await post(page, page.getByRole('button', { name: 'Opslaan' }));
      expect((await page.locator('[role=status]').textContent()).includes('opgeslagen'), 'no confirmation');
    });
    await check('my details: a wrong e-mail address names the field', async () => {
      await page.locator('#cp-0-channel').selectOption('Email');
      await page.locator('#cp-0-value').fill('not an address');
      await post(page, page.getByRole('button', { name: 'Opslaan' }));
      expect(await page.locator('[role=alert]').isVisible(), 'no error summary');
      expect(await page.locator('#cp-0-error').isVisible(), 'the field has no error message');
    });
    await accessible(page, 'my details with a field error');

    await page.goto(`${base}/mijn-gegevens/bekeken`);
    await accessible(page, 'who viewed my details');

    await page.goto(`${base}/vertrouwen`);
    await accessible(page, 'trust with a proposal to answer');
    await shot(page, 'vertrouwen');
    await check('trust: confirm the waiting proposal by keyboard', async () => {
      await page.getByRole('button', { name: /^Bevestigen/ }).first().focus();
      await Promise.all([page.waitForResponse(r => r.url().includes('handler=Confirm')), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect((await page.locator('[role=status]').textContent()).includes('vertrouwen elkaar'), 'not confirmed');
    });

    await check('the language switch is remembered', async () => {
      await Promise.all([ // the enhancement submits the form on change
        page.waitForResponse(r => r.url().endsWith('/taal') && r.status() === 302),
        page.locator('#taal').selectOption('en'),
      ]);
      await page.waitForURL(`${base}/vertrouwen`);
      await page.waitForLoadState('load');
      expect((await page.locator('h1').textContent()) === 'Trust', 'not in English');
      await page.goto(`${base}/`);
      expect((await page.locator('html').getAttribute('lang')) === 'en', 'the choice was not kept');
    });
    await accessible(page, 'start page in English');
    await check('no script errors for the teacher', async () => expect(errors.length === 0, errors.join('\n')));
    await context.close();
  }

  // A newcomer without any trust: sees work contact points only and has nothing to answer.
  {
    const { page, context } = await person('newcomer.amberveen');
    await page.goto(`${base}/vertrouwen`);
    await accessible(page, 'trust for a newcomer without trust');
    await check('a newcomer is not listed yet and is asked to agree', async () => {
      await page.goto(`${base}/mijn-gegevens`);
      const text = await page.locator('main').textContent();
      expect(text.includes('Je staat nog niet in het netwerk') || text.includes('Haal mij uit het netwerk'), 'no listing state shown');
    });
    await accessible(page, 'my details for a newcomer');
    await context.close();
  }

  // Coordinators: their own network, and nothing of the other municipality.
  {
    const { page, context } = await person('coordinator.amberveen');
    await page.goto(`${base}/netwerk`);
    await accessible(page, 'manage the network');
    await shot(page, 'netwerk');
    await check('the network report opens in the browser from the web app', async () => {
      const [report] = await Promise.all([
        page.waitForResponse(r => r.url().includes('/network-report')),
        page.getByRole('link', { name: /Netwerkrapport Amberveen/ }).click(),
      ]);
      expect(report.status() === 200, `report answered ${report.status()}`);
    });
    await page.goto(`${base}/netwerk`);
    await page.locator('table a[href^="/netwerk/werkateliers/"]').first().click();
    await page.waitForLoadState('load');
    await accessible(page, 'a workshop: participants, import, pending trust');
    await shot(page, 'werkatelier');
    await check('the attendance list is checked before anything is saved', async () => {
      await page.locator('#file').setInputFiles({
        name: 'presentielijst.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('naam;e-mail;organisatie;beroep\nTessa Nieuw;tessa.nieuw@example.org;Het Amberlyceum;Medewerker wijkteam\n'),
      });
      await post(page, page.getByRole('button', { name: 'Controleer de lijst' }));
      const text = await page.locator('main').textContent();
      expect(text.includes('bedoel je ‘Medewerker sociaal wijkteam’'), 'no suggestion for the slip');
    });
    await accessible(page, 'a workshop with a refused list');
    await page.goto(`${base}/netwerk/mensen`);
    await accessible(page, 'people in the network');
    await page.goto(`${base}/netwerk/mensen?weergave=nieuwkomers`);
    await accessible(page, 'newcomers not listed yet');
    await page.goto(`${base}/netwerk/mensen/nieuw`);
    await accessible(page, 'new person form');
    await page.goto(`${base}/netwerk/mensen`);
    await page.getByRole('link', { name: /^Bewerken/ }).first().click();
    await page.waitForLoadState('load');
    await accessible(page, 'a person as the coordinator keeps it');
    await page.goto(`${base}/netwerk/werkateliers/nieuw`);
    await accessible(page, 'new workshop form');
    await context.close();

    const other = await person('coordinator.lindewaard');
    await other.page.goto(`${base}/zoeken`);
    await other.page.locator('#name').fill('Anouk');
    await post(other.page, other.page.getByRole('button', { name: 'Zoeken' }).last());
    await check('the other municipality\'s coordinator finds nobody of Amberveen', async () => {
      const heading = await other.page.locator('#results-heading').textContent();
      expect(heading.includes('0 professionals'), heading);
    });
    await other.context.close();
  }

  // The coordinator maintains the network: organisations, people, routes, covenants, a workshop's outcomes.
  {
    const { page, context } = await person('coordinator.amberveen');
    await page.goto(`${base}/netwerk/organisaties`);
    await accessible(page, 'organisations');
    await page.goto(`${base}/netwerk/organisaties/nieuw`);
    await accessible(page, 'new organisation form');
    await check('a new organisation by keyboard: a missing name is named in Dutch, then it is created', async () => {
      await page.locator('#name').focus();
      await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
      await page.waitForSelector('#name-error');
      expect((await page.locator('#name-error').textContent()).trim() === 'Vul dit in.', 'no Dutch field error');
      expect((await page.locator('#name').getAttribute('aria-describedby')) === 'name-error', 'error not tied to its field');
    });
    await accessible(page, 'new organisation form with errors');
    await check('the corrected organisation is created', async () => {
      await page.locator('#name').fill('Buurtwerk Test');
      await page.locator('#domain-youth').focus();
      await page.keyboard.press('Space');
      await page.locator('#name').focus();
      await Promise.all([page.waitForURL(/\/netwerk\/organisaties\/[0-9a-f-]{36}$/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect((await page.locator('[role=status]').textContent()).includes('aangemaakt'), 'no confirmation');
    });
    await accessible(page, 'an organisation');

    await page.goto(`${base}/netwerk/convenanten`);
    await accessible(page, 'covenants');
    await shot(page, 'convenanten');
    await page.goto(`${base}/netwerk/convenanten/nieuw`);
    await accessible(page, 'new covenant form');
    await check('a new covenant by keyboard: a missing title is named in Dutch', async () => {
      await page.locator('#title').focus();
      await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
      await page.waitForSelector('#title-error');
      expect((await page.locator('#title-error').textContent()).trim() === 'Vul dit in.', 'no Dutch field error');
      expect((await page.locator('#title').getAttribute('aria-describedby')) === 'title-error', 'error not tied to its field');
    });
    await accessible(page, 'new covenant form with errors');
    await check('the corrected covenant is recorded and listed with Dutch dates', async () => {
      await page.locator('#title').fill('Convenant scholen Amberveen');
      await page.locator('#purpose').fill('Zorgen over leerlingen bespreken tussen de scholen, met naam.');
      await page.locator('#validFrom').fill('2026-02-01');
      for (const name of ['Het Amberlyceum', 'Vakcollege De Veenpoort']) {
        await page.getByLabel(name, { exact: true }).focus();
        await page.keyboard.press('Space');
      }
      await page.locator('#title').focus();
      await Promise.all([page.waitForURL(/\/netwerk\/convenanten\/[0-9a-f-]{36}$/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect((await page.locator('[role=status]').textContent()).includes('vastgelegd'), 'no confirmation');
      await page.goto(`${base}/netwerk/convenanten`);
      const row = await page.locator('tbody tr', { hasText: 'Convenant scholen Amberveen' }).textContent();
      expect(row.includes('1 februari 2026') && row.includes('zonder einddatum'), row);
    });
    await page.getByRole('link', { name: 'Convenant scholen Amberveen' }).click();
    await page.waitForLoadState('load');
    await accessible(page, 'a covenant');
    await page.getByRole('link', { name: 'Alle convenanten' }).click();
    await page.getByRole('link', { name: /^Convenant Zorg- en Veiligheidshuis/ }).click();
    await page.waitForLoadState('load');
    await check('a covenant of two municipalities is shown without a form to the coordinator of one', async () => {
      expect((await page.locator('main form').count()) === 0, 'a form is offered');
    });
    await accessible(page, 'a covenant of two municipalities');

    // Routes: the ladder per concern, rearranged and saved by keyboard, a field error in Dutch.
    await page.goto(`${base}/netwerk/routes`);
    await accessible(page, 'routes per concern');
    await shot(page, 'routes');
    await check('the routes are listed per concern in Dutch, with a way to make a missing one', async () => {
      const gap = await page.locator('tbody tr', { hasText: 'Extremistische uitingen online' }).textContent();
      expect(gap.includes('Nog geen route'), gap);
      const make = page.getByRole('link', { name: /^Route maken\s*:\s*Extremistische uitingen online/ });
      expect((await make.count()) === 1, 'no link to make it');
    });
    await page.getByRole('link', { name: 'Polarisatie', exact: true }).click();
    await page.waitForLoadState('load');
    await accessible(page, 'a route');
    await check('a rung moved down by keyboard changes the form, not the route', async () => {
      await page.getByRole('button', { name: /^Omlaag\s*:\s*sport 1$/ }).focus();
      await Promise.all([page.waitForResponse(r => r.request().method() === 'POST'), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect((await page.locator('[role=status]').textContent()).includes('nog niets opgeslagen'), 'no unsaved notice');
      expect((await page.locator('#rung-0-kind').inputValue()) === 'Professional', 'the rung did not move');
    });
    await accessible(page, 'a route rearranged, not saved yet');
    await check('Enter in a field saves the rearranged route', async () => {
      await page.locator('#rung-0-line-name').focus();
      await Promise.all([page.waitForURL(/\/netwerk\/routes\/[0-9a-f-]{36}$/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect((await page.locator('[role=status]').textContent()).includes('opgeslagen'), 'no confirmation');
      expect((await page.locator('#rung-1-kind').inputValue()) === 'OwnDesignatedOfficer', 'the order was not saved');
    });
    await check('a national line without a valid number is named in Dutch next to its field', async () => {
      await page.locator('#rung-3-kind').selectOption('NationalLine');
      await page.locator('#rung-3-line-phone').fill('bel ons');
      await page.locator('#rung-3-line-phone').focus();
      await Promise.all([page.waitForResponse(r => r.request().method() === 'POST'), page.keyboard.press('Enter')]);
      await page.waitForSelector('#rung-3-line-phone-error');
      const error = (await page.locator('#rung-3-line-phone-error').textContent()).trim();
      expect(error.startsWith('Vul een telefoonnummer in'), error);
      expect((await page.locator('#rung-3-line-phone').getAttribute('aria-describedby')) === 'rung-3-line-phone-error', 'error not tied to its field');
    });
    await accessible(page, 'a route with errors');
    await page.goto(`${base}/netwerk/routes/nieuw`);
    await accessible(page, 'a new route: municipality and concern');
    await page.goto(`${base}/netwerk/routes/nieuw?gemeente=GM9901&zorg=online-extremism`);
    await accessible(page, 'a new route form');
    await page.goto(`${base}/netwerk/catalogi`);
    await accessible(page, 'catalogues for a coordinator');
    await check('a coordinator reads the catalogues without any form to edit them', async () => {
      expect((await page.locator('main form').count()) === 0, 'a form is offered');
      expect((await page.locator('main').textContent()).includes('Mogelijke radicalisering'), 'no Dutch names');
    });
    await context.close();

    const other = await person('coordinator.lindewaard');
    await check('the other municipality\'s coordinator gets 404 for this one\'s route', async () => {
      const response = await other.page.goto(`${base}/netwerk/routes/00000000-0000-0000-0004-000000000005`);
      expect(response.status() === 404, `answered ${response.status()}`);
    });
    await other.context.close();
  }

  // The administrator edits the catalogues.
  {
    const { page, context } = await person('admin');
    await page.goto(`${base}/netwerk/catalogi`);
    await accessible(page, 'catalogues for an administrator');
    await page.getByRole('link', { name: 'Jeugd', exact: true }).click();
    await page.waitForLoadState('load');
    await accessible(page, 'a catalogue entry');
    await check('an administrator renames a domain by keyboard', async () => {
      await page.locator('#nameNl').fill('Jeugd en gezin');
      await page.locator('#nameNl').focus();
      await Promise.all([page.waitForURL(/\/netwerk\/catalogi\/domeinen\/youth$/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect((await page.locator('[role=status]').textContent()).includes('opgeslagen'), 'no confirmation');
      expect((await page.locator('h1').textContent()) === 'Jeugd en gezin', 'not renamed');
    });
    await page.goto(`${base}/netwerk/catalogi/soorten-zorg/nieuw`);
    await accessible(page, 'a new kind of concern');
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`web app: ${passed} passed, ${failed} failed`);
console.log(`E2E-COUNTS passed=${passed} failed=${failed}`);
process.exit(failed === 0 ? 0 : 1);
