// Issue 13's journey, as its people go through it (run by invitation.sh, which starts the service, the identity
// provider and the SMTP sink). Usage: node invitation.mjs <service url> <mail folder> [artifacts folder]
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const [base, mailDir, artifacts = 'artifacts'] = process.argv.slice(2);
if (!base || !mailDir) {
  console.error('usage: node invitation.mjs <service url> <mail folder> [artifacts folder]');
  process.exit(2);
}
await mkdir(artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
});
let passed = 0;
let failed = 0;
let current; // the page a step acts on, shown when it fails
const step = async (name, fn) => {
  try { await fn(); passed++; console.log(`ok   ${name}`); } catch (e) {
    failed++; console.log(`FAIL ${name}\n       ${e.message.split('\n').slice(0, 6).join('\n       ')}`);
    if (current) {
      console.log(`       at ${current.url()}`);
      await current.screenshot({ path: path.join(artifacts, 'failed.png'), fullPage: true }).catch(() => {});
    }
    throw e; // a journey: the next step needs this one
  }
};
const expect = (condition, message) => { if (!condition) throw new Error(message); };

async function accessible(page, state) {
  current = page;
  await step(`axe: ${state}`, async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const found = result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
    expect(found.length === 0, found.join('\n'));
  });
}

/** Clicks a link or a form's button and waits for the page it leads to. */
async function click(page, locator) {
  await locator.waitFor({ timeout: 10000 });
  await Promise.all([page.waitForResponse(r => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame()), locator.click()]);
  await page.waitForLoadState('load');
}

async function demoLogin(login) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(`${base}/aanmelden`);
  await page.locator(`input[name=login][value="${login}"]`).check();
  await page.getByRole('button', { name: 'Aanmelden' }).last().click();
  await page.waitForURL(`${base}/`);
  return { page, context };
}

/** The newest message the sink received for `to`, waiting for it (the sender runs in the background). */
async function mailFor(to) {
  for (let i = 0; i < 60; i++) {
    const files = (await readdir(mailDir).catch(() => [])).filter(f => f.endsWith('.json')).sort().reverse();
    for (const f of files) {
      const m = JSON.parse(await readFile(path.join(mailDir, f), 'utf8'));
      if (m.to.includes(to)) return m;
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`no mail for ${to} within 30 s`);
}

const newcomer = { name: 'Tessa Nieuw', email: `tessa.nieuw.${Date.now()}@example.org` };
try {
  // The coordinator imports the attendance list of the Amberveen workshop and invites the newcomer.
  {
    const { page, context } = await demoLogin('coordinator.amberveen');
    await page.goto(`${base}/netwerk`);
    await click(page, page.locator('table a[href^="/netwerk/werkateliers/"]').first());
    await step('the attendance list with the newcomer is checked and imported', async () => {
      await page.locator('#file').setInputFiles({
        name: 'presentielijst.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`naam;e-mail;organisatie;beroep\n${newcomer.name};${newcomer.email};Het Amberlyceum;Medewerker sociaal wijkteam\n`),
      });
      await click(page, page.getByRole('button', { name: 'Controleer de lijst' }));
      await click(page, page.getByRole('button', { name: 'Importeer deze lijst' }));
      expect((await page.locator('main').textContent()).includes(newcomer.name), 'the newcomer is not among the participants');
    });
    await page.goto(`${base}/netwerk/uitnodigingen`);
    await accessible(page, 'newcomers to invite');
    await page.screenshot({ path: path.join(artifacts, 'uitnodigingen.png'), fullPage: true });
    await step('the coordinator invites the newcomer', async () => {
      await click(page, page.getByRole('button', { name: new RegExp(`^Uitnodigen.*${newcomer.name}`) }));
      expect((await page.locator('[role=status]').textContent()).includes('Uitnodiging verstuurd'), 'no confirmation');
      expect((await page.locator('main').textContent()).includes('uitgenodigd, nog niet geopend'), 'no open invitation shown');
    });
    await accessible(page, 'an invitation sent');
    await context.close();
  }

  // The newcomer: the e-mail, the link, sign-in at the provider, consent, trust.
  let link;
  await step('the invitation arrives by SMTP, in Dutch, with a link to the web app', async () => {
    const mail = await mailFor(newcomer.email);
    expect(mail.subject === 'Uitnodiging voor het netwerk van Amberveen', `subject ${mail.subject}`);
    link = mail.links.find(l => l.startsWith(`${base}/uitnodiging/`));
    expect(link, `no invitation link in ${mail.links.join(', ')}`);
  });
  {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' }); // a phone
    const page = await context.newPage();
    await page.goto(link);
    await step('the link page greets the newcomer and the token is gone from the address', async () => {
      expect(page.url() === `${base}/uitnodiging`, `at ${page.url()}`);
      expect((await page.locator('main').textContent()).includes(`Welkom, ${newcomer.name}`), 'no greeting');
    });
    await accessible(page, 'the invitation, signed out');
    await step('sign-in at the organisation\'s identity provider', async () => {
      await click(page, page.getByRole('button', { name: 'Aanmelden via Test-IdP' }));
      await page.locator('input[name=login]').fill('tessa.nieuw');
      await page.locator('input[name=password]').fill('any');
      await Promise.all([page.waitForURL(`${base}/uitnodiging`, { timeout: 20000 }), page.locator('button[type=submit]').first().click()]);
      await page.waitForLoadState('load');
    });
    await accessible(page, 'the invitation, signed in');
    await step('the account is linked to the invited entry', async () => {
      await Promise.all([page.waitForURL(`${base}/welkom`), page.getByRole('button', { name: 'Koppelen en verder' }).click()]);
      await page.waitForLoadState('load');
    });
    await accessible(page, 'welcome, not listed yet');
    await step('the newcomer consents to be listed', async () => {
      await click(page, page.getByRole('button', { name: 'Ja, zet mij in het netwerk' }));
      expect((await page.locator('[role=status]').textContent()).includes('Je staat nu in het netwerk'), 'not listed');
    });
    await accessible(page, 'welcome, listed, trust to propose');
    await step('the newcomer proposes trust to the teacher from the workshop', async () => {
      await page.getByLabel(/Anouk/).check();
      await click(page, page.getByRole('button', { name: 'Bevestigen en voorstellen' }));
      expect((await page.locator('main').textContent()).includes('jij stelde voor'), 'no proposal shown');
    });
    await step('the newcomer adds expertise to their entry', async () => {
      await page.goto(`${base}/mijn-gegevens`);
      await page.locator('#expertise').fill('radicalisation');
      await click(page, page.getByRole('button', { name: 'Opslaan' }));
      expect((await page.locator('[role=status]').textContent()).includes('opgeslagen'), 'not saved');
    });
    await page.screenshot({ path: path.join(artifacts, 'welkom.png'), fullPage: true });
    await context.close();
  }
  {
    const again = await browser.newContext();
    const page = await again.newPage();
    const answer = await page.goto(link);
    await step('the used link now gets the page for links that do not work', async () => {
      expect(answer.status() === 404, `status ${answer.status()}`);
      expect((await page.locator('main').textContent()).includes('werkt niet (meer)'), 'no explanation');
    });
    await accessible(page, 'an invitation link that does not work');
    await again.close();
  }

  // The teacher confirms and finds the newcomer when she has a concern.
  {
    const { page, context } = await demoLogin('teacher.amberveen');
    await page.goto(`${base}/vertrouwen`);
    await step('the teacher confirms the newcomer\'s proposal', async () => {
      await click(page, page.getByRole('button', { name: new RegExp(`^Bevestigen.*${newcomer.name}`) }));
      expect((await page.locator('[role=status]').textContent()).includes('vertrouwen elkaar'), 'not confirmed');
    });
    await step('the newcomer shows up in the teacher\'s lookup', async () => {
      await page.goto(`${base}/ik-maak-me-zorgen`);
      await page.locator('#words').fill('radicalisering');
      await click(page, page.getByRole('button', { name: 'Zoek' }).first());
      await page.locator('input[name=ConcernType][value=radicalisation]').check();
      await click(page, page.getByRole('button', { name: 'Toon wie ik kan bellen' }));
      const answer = await page.locator('main').textContent();
      expect(answer.includes(newcomer.name), 'the newcomer is not in the answer');
    });
    await accessible(page, 'a lookup answer with the newcomer');
    await context.close();
  }
} catch {
  // reported by step()
} finally {
  await browser.close();
}
console.log(`invitation journey: ${passed} passed, ${failed} failed`);
console.log(`E2E-COUNTS passed=${passed} failed=${failed}`);
process.exit(failed === 0 ? 0 : 1);
