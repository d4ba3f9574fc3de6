import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/lib/i18n/index.ts';
import { logLine, RETRY_AFTER_SECONDS, StoreUnavailableError, unavailableResponse } from '../../../src/lib/hosting/unavailable-page.ts';

describe('the 503 of a store that cannot be read', () => {
  it('is an Indonesian page with Retry-After, kept out of caches', async () => {
    const response = unavailableResponse(createTranslator('id'), 'id', 'Warta <Uji>');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.text();
    expect(body).toMatch(/^<!doctype html><html lang="id">/);
    expect(body).toContain('<meta name="robots" content="noindex">');
    expect(body).toContain('<title>Situs sedang tidak dapat dimuat | Warta &#x3C;Uji></title>');
    expect(body).toContain('<h1>Situs sedang tidak dapat dimuat</h1>');
  });

  it('logs one line naming the store and the cause', () => {
    const error = new StoreUnavailableError('data/warta.sqlite', new Error('file is not a database\n  at somewhere'));
    expect(logLine(error)).toBe('[warta] 503: The content store data/warta.sqlite cannot be read: file is not a database at somewhere');
  });
});
