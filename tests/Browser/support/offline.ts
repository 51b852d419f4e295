import type { Page } from '@playwright/test';

/** Whether any IndexedDB database of the page's origin holds a value whose JSON contains `needle`. */
export function indexedDbHolds(page: Page, needle: string): Promise<boolean> {
  return page.evaluate(async (text) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          const values = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
          if (JSON.stringify(values).includes(text)) return true;
        }
      } finally {
        db.close();
      }
    }
    return false;
  }, needle);
}

/** Waits until a service worker controls the page (the app shell can then load with no network). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
