import { describe, expect, it } from 'vitest';
import {
  creditValue,
  isCaptionLike,
  isHeadlineLike,
  isPagination,
  isRelatedTitle,
  matchCaptionWithCredit,
  matchCreditLine,
  matchRelatedLink,
} from '../../../src/lib/import/classify.ts';

describe('matchCreditLine', () => {
  it('recognizes a label alone, whose credit is on the next line (the seed’s form)', () => {
    for (const label of ['Sumber :', 'Photo :', 'Foto :', 'Foto:', 'Photo:', 'Image:', 'Credit:', 'SUMBER:', 'Sumber foto:']) {
      expect(matchCreditLine(label), label).toEqual({});
    }
  });

  it('recognizes a label with the credit on the same line', () => {
    expect(matchCreditLine('Foto: AP-Yonhap')).toEqual({ credit: 'AP-Yonhap' });
    expect(matchCreditLine('Photo : AP Photo/Vahid Salemi')).toEqual({ credit: 'AP Photo/Vahid Salemi' });
    expect(matchCreditLine('Credit: • Twitter/@_Africansoil')).toEqual({ credit: 'Twitter/@_Africansoil' });
  });

  it('leaves story text that starts with a label word', () => {
    expect(matchCreditLine('Sumber daya alam Rusia melimpah.')).toBeUndefined();
    expect(matchCreditLine('Sumber pesan itu, kata Lavrov, adalah Antony Blinken.')).toBeUndefined();
  });

  it('leaves story text that follows a label and a colon', () => {
    expect(matchCreditLine('Sumber: Menteri Luar Negeri Mesir, Sameh Shoukry, yang menyampaikan pesan itu kepada Lavrov.')).toBeUndefined();
    expect(matchCreditLine('Foto: Lavrov dan Shoukry. Keduanya bertemu di Moskow')).toBeUndefined();
  });
});

describe('creditValue', () => {
  it('drops a bullet, keeps a name', () => {
    expect(creditValue('• AP Photo/Vahid Salemi')).toBe('AP Photo/Vahid Salemi');
    expect(creditValue('- Reuters')).toBe('Reuters');
    expect(creditValue('AP-Yonhap')).toBe('AP-Yonhap');
  });

  it('refuses what reads like a sentence, or is empty', () => {
    expect(creditValue('Lavrov mengatakan pesan itu disampaikan kepadanya.')).toBeUndefined();
    expect(creditValue('•')).toBeUndefined();
    expect(creditValue('Photo :')).toBeUndefined();
    expect(creditValue(`${'Kata '.repeat(13)}`.trim())).toBeUndefined();
  });
});

describe('matchCaptionWithCredit', () => {
  it('splits a caption from its inline credit', () => {
    expect(matchCaptionWithCredit('Menlu Rusia Sergey Lavrov. (Foto: AP Photo/Vahid Salemi)')).toEqual({
      caption: 'Menlu Rusia Sergey Lavrov.',
      credit: 'AP Photo/Vahid Salemi',
    });
    expect(matchCaptionWithCredit('Menteri Luar Negeri Amerika Serikat (AS), Antony Blinken (Photo: AP-Yonhap).')).toEqual({
      caption: 'Menteri Luar Negeri Amerika Serikat (AS), Antony Blinken.',
      credit: 'AP-Yonhap',
    });
    expect(matchCaptionWithCredit('Gudang senjata terbakar [Image: Twitter/@_Africansoil]')).toEqual({
      caption: 'Gudang senjata terbakar',
      credit: 'Twitter/@_Africansoil',
    });
  });

  it('leaves parentheses that are not credits', () => {
    expect(matchCaptionWithCredit('Menteri Luar Negeri Amerika Serikat (AS), Antony Blinken.')).toBeUndefined();
    expect(matchCaptionWithCredit('(Foto: Reuters)')).toBeUndefined();
  });
});

describe('isCaptionLike', () => {
  it('accepts a short line and refuses a long paragraph or a dateline', () => {
    expect(isCaptionLike('Menlu Rusia Sergey Lavrov.')).toBe(true);
    expect(isCaptionLike('x'.repeat(301))).toBe(false);
    expect(isCaptionLike('VIVA Dunia – Menteri Luar Negeri Rusia Sergey Lavrov.')).toBe(false);
  });
});

describe('isPagination', () => {
  it('recognizes Indonesian and English page links', () => {
    for (const line of [
      'Halaman Selanjutnya',
      'Halaman berikutnya',
      'HALAMAN SEBELUMNYA',
      'Halaman 2',
      'Halaman 2 dari 3',
      'Selanjutnya »',
      'Next page',
      'Next »',
      '« Previous',
      'Page 2 of 3',
      'Page 2/3',
      '1 2 3',
      '« 1 2 3 »',
      'Halaman: 1 2 Selanjutnya',
    ]) {
      expect(isPagination(line), line).toBe(true);
    }
  });

  it('leaves story text', () => {
    for (const line of ['Halaman depan surat kabar itu memuat foto Lavrov.', '2023', 'Next, Lavrov met Shoukry.', 'Page one news']) {
      expect(isPagination(line), line).toBe(false);
    }
  });
});

describe('isHeadlineLike', () => {
  it('accepts the seed’s related headlines', () => {
    expect(isHeadlineLike('Menko Airlangga: Indonesia Siap Mengakselerasi Pertumbuhan Ekonomi dan Investasi Berkelanjutan dari Amerika Serikat')).toBe(true);
    expect(isHeadlineLike('Bule Rusia Dideportasi, Overstay hingga Tak Bayar Tagihan RS Rp 33 Juta di Bali')).toBe(true);
    expect(isHeadlineLike('Indonesia di Atas AS dan Rusia dalam Hal Ini')).toBe(true);
  });

  it('refuses quotes, even short ones without a full stop', () => {
    expect(isHeadlineLike('"Blinken menghilangkan sesuatu"')).toBe(false);
    expect(isHeadlineLike('“Rusia Harus Berhenti”')).toBe(false);
  });

  it('refuses lines that end like a sentence or a clause', () => {
    expect(isHeadlineLike('Indonesia di Atas AS dan Rusia dalam Hal Ini.')).toBe(false);
    expect(isHeadlineLike('Lavrov Menyebut Dua Hal:')).toBe(false);
    expect(isHeadlineLike('Apakah Rusia Akan Berhenti?')).toBe(false);
  });

  it('refuses lines that are too short, too long, sentence case or several sentences', () => {
    expect(isHeadlineLike('Reaksi Ukraina')).toBe(false);
    expect(isHeadlineLike(Array.from({ length: 21 }, () => 'Kata').join(' '))).toBe(false);
    expect(isHeadlineLike('Lavrov said the message came through Egypt')).toBe(false);
    expect(isHeadlineLike('Rusia Kalah. Ukraina Menang')).toBe(false);
  });
});

describe('matchRelatedLink', () => {
  it('removes the prefixes of several outlets and languages', () => {
    const title = 'Indonesia di Atas AS dan Rusia dalam Hal Ini';
    for (const prefix of ['Baca Juga:', 'Baca juga:', 'BACA JUGA :', 'Lihat juga:', 'Simak juga:', 'Read more:', 'Read also:', 'Also read:', 'See also:']) {
      expect(matchRelatedLink(`${prefix} ${title}`), prefix).toEqual({ title });
    }
  });

  it('gives an empty match for a prefix alone, whose title is on the next line', () => {
    expect(matchRelatedLink('BACA JUGA:')).toEqual({});
    expect(matchRelatedLink('Read more')).toEqual({});
  });

  it('accepts any one-phrase title after a colon, and only a headline without one', () => {
    expect(matchRelatedLink('Baca juga: Apakah Rusia Akan Berhenti?')).toEqual({ title: 'Apakah Rusia Akan Berhenti?' });
    expect(matchRelatedLink('Baca Juga Indonesia di Atas AS dan Rusia dalam Hal Ini')).toEqual({ title: 'Indonesia di Atas AS dan Rusia dalam Hal Ini' });
    expect(matchRelatedLink('Baca juga penjelasan Lavrov berikut ini.')).toBeUndefined();
    expect(matchRelatedLink('Read more about the message in the report.')).toBeUndefined();
  });

  it('leaves story text that merely starts with a prefix word', () => {
    expect(matchRelatedLink('Bacaan juga penting.')).toBeUndefined();
    expect(matchRelatedLink('Baca juga: Rusia kalah. Ukraina menang.')).toBeUndefined();
  });
});

describe('isRelatedTitle', () => {
  it('accepts one phrase of headline length and refuses quotes and several sentences', () => {
    expect(isRelatedTitle('Bule Rusia Dideportasi, Overstay hingga Tak Bayar Tagihan RS Rp 33 Juta di Bali')).toBe(true);
    expect(isRelatedTitle('"Blinken menghilangkan sesuatu"')).toBe(false);
    expect(isRelatedTitle('Rusia kalah. Ukraina menang.')).toBe(false);
    expect(isRelatedTitle('x'.repeat(201))).toBe(false);
    expect(isRelatedTitle('Lavrov mengatakan pesan Blinken tidak berisi proposal semacam itu.')).toBe(false);
    expect(isRelatedTitle('Apakah Rusia Akan Berhenti?')).toBe(true);
    expect(isRelatedTitle('BACA JUGA:')).toBe(false);
  });
});
