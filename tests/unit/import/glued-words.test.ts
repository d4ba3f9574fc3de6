import { describe, expect, it } from 'vitest';
import { suspectedGluedWords } from '../../../src/lib/import/glued-words.ts';

describe('suspectedGluedWords', () => {
  it('finds words glued where a link was removed, as often as they occur', () => {
    expect(suspectedGluedWords(['dilansir dariReutersbahwa harga naik diLampung.', 'tiba diLampung kemarin.'])).toEqual(['dariReutersbahwa', 'diLampung', 'diLampung']);
  });
  it('leaves names written so, and ordinary words', () => {
    expect(suspectedGluedWords(['Kata detikNews, iPhone dan eKTP dibahas di YouTube dan MyPertamina.', 'seorangpolisi'])).toEqual([]);
  });
});
