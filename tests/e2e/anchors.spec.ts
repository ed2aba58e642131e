import { expect, test } from './fixtures';

/**
 * Section links that are published: NGOs copy them, and the wizard's criteria point to them
 * (src/machines/criteria.ts). Renaming a heading changes its id; this list makes that a failing
 * test instead of a broken link somewhere else. Add to it; never remove without a redirect.
 */
const PUBLISHED = [
  '/sosyal-kooperatif-nedir/#tanim',
  '/diger-kooperatiflerden-farki/#kamu-yarari-onceliklidir',
  '/calisma-modeli/#gelir-gider-farki-nasil-kullanilir',
  '/neden-onemli/#bolgesel-kalkinma-farkliliklarini-azaltir',
  '/neden-onemli/#bakima-muhtac-nufusun-yasam-kalitesini-artirir',
  '/sosyal-girisim-modeli/#demokratik-katilim-ve-yonetim',
  '/sosyal-girisim-modeli/#cok-paydasli-yonetim-ve-calisan-cogunlugu',
  '/sosyal-girisim-modeli/#dezavantajli-kisilerin-istihdami',
  '/sosyal-girisim-modeli/#esnek-uyelik',
  '/sosyal-girisim-modeli/#basit-giris-ve-cikis',
  '/sosyal-girisim-modeli/#inovatif-cozumler',
  '/nasil-kurulur/#yasal-on-kosullar',
  '/nasil-kurulur/#kurulus-adimlari',
  '/sozluk/#ortak',
];

const byPage = Map.groupBy(PUBLISHED, (link) => link.split('#')[0]!);

for (const [path, links] of byPage) {
  test(`published section links on ${path} exist`, async ({ page }) => {
    await page.goto(path);
    for (const link of links) {
      const id = link.split('#')[1]!;
      await expect(page.locator(`[id="${id}"]`), link).toHaveCount(1);
    }
  });
}

test('every id on every guide page is unique and ASCII', async ({ page }) => {
  for (const path of byPage.keys()) {
    await page.goto(path);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(new Set(ids).size, path).toBe(ids.length);
    for (const id of ids) expect(id, path).toMatch(/^[a-z0-9-]+$/);
  }
});
