/**
 * The importer on other outlets' scrapes (tests/fixtures/import/outlets/, SOURCES.md says where
 * each comes from): each convention of issue 13 on a realistic sample, asserting the whole
 * outcome: the body sentence for sentence, what moved to which field, what the report lists.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, type ParsedArticle } from '../../../src/lib/content/parse-article.ts';
import { importArticle, type ImportResult } from '../../../src/lib/import/import-article.ts';
import { toLines } from '../../../src/lib/import/lines.ts';
import { readBody, readFixture, TIME_ZONE, type BodyBlock } from './support.ts';

interface Imported {
  result: ImportResult;
  article: ParsedArticle;
  body: BodyBlock[];
  /** The sample's lines, numbered from 1 as the report numbers them (index 0 is unused). */
  line: string[];
}

function imported(name: string, options: { date?: string; section?: string } = {}): Imported {
  const text = readFixture(`outlets/${name}`);
  const result = importArticle(text, { timeZone: TIME_ZONE, section: 'Berita', date: '2024-01-01', ...options });
  const article = parseArticle(result.markdown, `${result.slug}.md`, result.slug, { timeZone: TIME_ZONE });
  return { result, article, body: readBody(article.body), line: ['', ...toLines(text)] };
}
const paragraphsOf = (body: BodyBlock[]): string[] => body.map((block) => ('paragraph' in block ? block.paragraph : `[figure] ${block.caption}`));

describe('detik', () => {
  it('recovers paragraphs of a one-line text at its markers, keeps the unsure parts and reports them', () => {
    const { result, article, body, line } = imported('detik-one-line.txt');
    const text = line[3]!;
    const between = (start: string, end: string): string => text.slice(text.indexOf(start), text.indexOf(end) + end.length);
    expect(paragraphsOf(body)).toEqual([
      between('Jakarta - Jaksa', 'saksi di persidangan.'),
      between('Ayu mengaku tidak tahu', 'terkait wayang.'),
      between('"Saya tidak tahu', 'Rp 40 miliar.'),
      'hakim suap vonis lepas cpo kasus suap vonis lepas migor',
    ]);
    // `Halaman 2 dari 3` after the story's last sentence: the text is one page of three.
    expect(article.data.partial).toBe(true);
    expect(result.dropped).toEqual([
      'dropped (scroll prompt): "SCROLL TO CONTINUE WITH CONTENT" (line 3)',
      'dropped (ad marker): "ADVERTISEMENT" (line 3)',
      'dropped (sign-off of initials): "(mib/haf)" (line 3)',
    ]);
    expect(result.review).toEqual([
      `kept in the body, looks like a dateline that names no outlet: ${JSON.stringify(paragraphsOf(body)[0])} (line 3)`,
      `kept in the body, a "Baca juga" link inside the text (where its title ends is not certain): ${JSON.stringify(paragraphsOf(body)[2])} (line 3)`,
      'kept in the body, looks like tags run together after the sign-off: "hakim suap vonis lepas cpo kasus suap vonis lepas migor" (line 3)',
    ]);
    // Not a word of the story changed: the body is the line less its markers.
    const markers = ['SCROLL TO CONTINUE WITH CONTENT ', 'ADVERTISEMENT ', 'Halaman 2 dari 3 ', '(mib/haf) '];
    expect(paragraphsOf(body).join(' ')).toBe(markers.reduce((rest, marker) => rest.replace(marker, ''), text));
  });

  it('takes a `-` alone as a dateline whose place was a link, and keeps every paragraph', () => {
    const { result, article, body, line } = imported('detik-dash-line.txt');
    expect(result.placements.filter((kind) => kind !== 'blank')).toEqual(['headline', 'dateline', 'body', 'body', 'body', 'body']);
    expect(paragraphsOf(body)).toEqual(line.slice(4, 8));
    expect(article.data.description).toBe(
      'Otoritas Jasa Keuangan (OJK) menyatakan skema pembagian risiko ( co-payment ) pada produk asuransi kesehatan akan bermanfaat untuk jangka panjang.',
    );
    expect(article.data.publisher).toBeUndefined();
    expect([...result.dropped, ...result.review]).toEqual([]);
  });

  it('reads a city and `-` on lines of their own, drops ads, embeds, video links and the sign-off, and takes the tags after it', () => {
    const { result, article, body, line } = imported('detik-city-line.txt');
    expect(paragraphsOf(body)).toEqual([line[5], line[10], line[13]]);
    expect(article.data.related).toEqual([{ title: 'Angga Raka Resmi Jadi Kepala Badan Komunikasi Pemerintah' }]);
    expect(article.data.tags).toEqual(['badan komunikasi pemerintah', 'pco', 'prabowo subianto']);
    expect(article.data.publisher).toBeUndefined();
    expect(result.dropped).toEqual([
      'dropped (ad marker): "ADVERTISEMENT" (line 8)',
      'dropped (scroll prompt): "SCROLL TO CONTINUE WITH CONTENT" (line 9)',
      'dropped (embed placeholder): "[Gambas:Video 20detik]" (line 11)',
      'dropped (video link): "Lihat juga Video: Angga Raka Dilantik Jadi Kepala Badan Komunikasi Pemerintah" (line 12)',
      'dropped (sign-off of initials): "(eva/fca)" (line 14)',
    ]);
    expect(result.review).toEqual([]);
    expect(result.inferred).toContain('tags: badan komunikasi pemerintah, pco, prabowo subianto, the lines after the sign-off');
  });
});

describe('kompas', () => {
  it('reads a byline without colons, the dateline, a syndication note with its headline and address, and leaves the editors out', () => {
    const { result, article, body, line } = imported('kompas-makam.txt');
    expect(paragraphsOf(body)).toEqual([line[5]!.replace('PADANG SIDEMPUAN, KOMPAS.com - ', ''), line[7]]);
    expect(article.data.authors).toEqual(['Oryza Pasaribu']);
    expect(article.data.publisher).toEqual({ name: 'KOMPAS.com' });
    expect(article.data.sources).toEqual([
      {
        name: 'Kompas.com',
        url: 'https://regional.kompas.com/read/2021/05/23/140132278/bongkar-paksa-makam-jenazah-covid-19-warga-sesalkan-tidak-ada-koordinasi',
        note: 'Bongkar Paksa Makam Jenazah Covid-19, Warga Sesalkan Tidak Ada Koordinasi Saat Pemakaman',
      },
    ]);
    expect(result.dropped).toEqual([
      `dropped (not an author: Editor: I Kadek Wira Aditya): ${JSON.stringify(line[3])} (line 3)`,
      'dropped (not an author: Editor: Khairina): "Editor : Khairina" (line 11)',
    ]);
    expect(result.review).toEqual([]);
  });

  it('keeps a "Baca juga" inside a one-line text, as where its title ends is not certain, and reports it', () => {
    const { result, article, body, line } = imported('kompas-batam.txt');
    expect(paragraphsOf(body)).toEqual([line[3]!.replace('BATAM, KOMPAS.com - ', '')]);
    expect(article.data.related).toEqual([]);
    expect(result.review).toEqual([`kept in the body, a "Baca juga" link inside the text (where its title ends is not certain): ${JSON.stringify(line[3])} (line 3)`]);
  });

  it('splits a credit glued to its caption, reads `-Text`, `Baca juga:Headline`, drops a bare `Baca Juga`, and takes writers but not the editor', () => {
    const { result, article, body } = imported('kompas-style.txt');
    expect(article.data.image).toEqual({ caption: 'Mobil listrik baru dipamerkan di Jakarta, Senin (5/2/2024).', credit: 'KOMPAS.com/Andi Nugroho' });
    expect(paragraphsOf(body)).toEqual([
      'Produsen otomotif meluncurkan mobil listrik baru di Jakarta, Senin (5/2/2024). Peluncuran itu dihadiri sejumlah pejabat.',
      'Mobil itu diklaim mampu menempuh 400 kilometer dalam sekali pengisian daya.',
      'Penjualan diperkirakan dimulai bulan depan.',
    ]);
    expect(article.data.publisher).toEqual({ name: 'KOMPAS.com' });
    expect(article.data.related).toEqual([{ title: 'Harga Mobil Listrik Turun Tahun Ini' }]);
    expect(article.data.authors).toEqual(['Andi Nugroho', 'Budi Santoso']);
    expect(result.dropped).toEqual([
      'dropped (related-links heading without a title): "Baca Juga" (line 11)',
      'dropped (not an author: Editor: Citra Dewi): "(Penulis: Andi Nugroho, Budi Santoso | Editor: Citra Dewi)" (line 15)',
    ]);
  });
});

describe('tribunnews', () => {
  it('joins sentences whose link texts the scraper put on lines of their own, and reads the syndication note, writer and editor', () => {
    const { result, article, body } = imported('tribunnews-mako-brimob.txt');
    expect(paragraphsOf(body)).toEqual([
      'Karo Penmas Divisi Humas Polri Brigjen Pol Mohammad Iqbal memastikan adanya korban tewas akibat kerusuhan tahanan di Mako Brimob, Kelapa Dua, Depok, Jawa Barat.',
      'Iqbal menyebut 6 orang tewas dalam kerusuhan itu.',
      '"Kami sampaikan bahwa insiden ini memakan korban jiwa, ada 5 rekan kami gugur," ujar Iqbal kepada wartawan di depan Mako Brimob, Depok, Jawa Barat, Rabu (9/5/2018).',
      'Sementara, 1 orang lagi merupakan tahanan di Mako Brimob.',
      'Sebelumnya, keributan di Mako Brimob Kelapa Dua, Depok, diduga bermula karena persoalan makanan titipan untuk narapidana.',
    ]);
    // No fragment was taken for a related headline.
    expect(article.data.related).toEqual([]);
    expect(article.data.publisher).toEqual({ name: 'TRIBUNNEWS.COM' });
    expect(article.data.authors).toEqual(['Vincentius Jyestha Candraditya']);
    expect(article.data.sources).toEqual([
      {
        name: 'Tribunnews.com',
        url: 'http://www.tribunnews.com/nasional/2018/05/09/breaking-news-5-polisi-dan-1-tahanan-tewas-dalam-kerusuhan-mako-brimob',
        note: 'BREAKING NEWS: 5 Polisi dan 1 Tahanan Tewas dalam Kerusuhan Mako Brimob',
      },
    ]);
    expect(result.dropped).toEqual(['dropped (not an author: Editor: Johnson Simanjuntak): "Editor: Johnson Simanjuntak" (line 36)']);
    expect(result.review).toEqual([]);
    // The report names the lines a joined unit came from.
    // The dateline on its own line and the sentence after it, broken over seven lines, are one unit.
    expect(result.units.find((unit) => unit.text.startsWith('TRIBUNNEWS.COM'))!.pieces.map((piece) => piece.line + 1)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads a dateline with a two-word place, and a reporter credit closing the story as its author', () => {
    const { result, article, body, line } = imported('tribunnews-style.txt');
    expect(paragraphsOf(body)).toEqual([
      line[3]!.replace('TRIBUNNEWS.COM, Konawe Selatan - ', ''),
      line[5],
      '"Kami tidak bisa menunggu lama, anak-anak harus sekolah," kata kepala desa.',
    ]);
    expect(article.data.publisher).toEqual({ name: 'TRIBUNNEWS.COM' });
    expect(article.data.authors).toEqual(['Andi Nugroho']);
    expect([...result.dropped, ...result.review]).toEqual([]);
  });
});

describe('liputan6', () => {
  it('takes a caption with an `(Outlet.com/…)` credit as the lead image, drops the repeated alt text, the zoom button and a video teaser', () => {
    const { result, article, body, line } = imported('liputan6-kerak-telor.txt');
    expect(article.data.image).toEqual({ caption: 'Kerak telor, Betawi.', credit: 'Liputan6.com/Wikimedia Commons/Warta Kota' });
    expect(article.data.publisher).toEqual({ name: 'Liputan6.com' });
    expect(paragraphsOf(body)).toEqual([line[6]!.replace('Liputan6.com, Jakarta - ', ''), line[9], line[11]]);
    expect(result.dropped).toEqual([
      'dropped (image text repeated by the caption): "Kerak telor, Betawi" (line 3)',
      'dropped (image zoom button): "Perbesar" (line 4)',
      `dropped (video link): ${JSON.stringify(line[8])} (line 8)`,
    ]);
  });

  it('joins a sentence broken around a link and a lone `.`, drops the promo link and keeps the promo block it cannot be sure of', () => {
    const { result, article, body } = imported('liputan6-style.txt');
    expect(paragraphsOf(body)).toEqual([
      'Pemerintah Kota Bandung membuka posko pengaduan bagi warga terdampak banjir, Selasa (6/2/2024). Menurut Kepala Badan Penanggulangan Bencana Daerah Kota Bandung, posko dibuka selama 24 jam.',
      'Warga dapat melapor melalui nomor darurat yang disediakan pemerintah kota.',
      'Banjir Bandung Meluas',
      'Genangan kini mencapai empat kecamatan di wilayah timur kota.',
    ]);
    expect(article.data.related).toEqual([]);
    expect(result.dropped).toEqual(['dropped (promo link): "Selengkapnya" (line 10)']);
    expect(result.review).toEqual([
      'kept in the body, looks like a promo heading: "Banjir Bandung Meluas" (line 8)',
      'kept in the body, looks like a promo text: "Genangan kini mencapai empat kecamatan di wilayah timur kota." (line 9)',
    ]);
  });
});

describe('cnnindonesia', () => {
  it('drops ad lines and the read-more link, keeps a line that ends mid-sentence apart from the next, and counts glued words', () => {
    const { result, body, line } = imported('cnnindonesia-curanmor.txt');
    expect(paragraphsOf(body)).toEqual([line[3], line[4], line[5], line[8], line[9], line[10], line[11], line[12]]);
    expect(result.dropped).toEqual([
      'dropped (ad marker): "ADVERTISEMENT" (line 6)',
      'dropped (scroll prompt): "SCROLL TO CONTINUE WITH CONTENT" (line 7)',
      'dropped (read-more link): "Baca berita lengkapnyadi sini." (line 13)',
    ]);
    expect(result.review).toEqual([
      `kept in the body, ends mid-sentence (a link the scraper dropped?): ${JSON.stringify(line[9])} (line 9)`,
      'suspected glued words (a link the scraper removed?), kept as scraped: 1 ("diLampung")',
    ]);
  });

  it('reads `Jakarta, CNN Indonesia --`, `Lihat juga:` and drops the sign-off and the video embed', () => {
    const { result, article, body, line } = imported('cnnindonesia-style.txt');
    expect(paragraphsOf(body)).toEqual([line[3]!.replace('Jakarta, CNN Indonesia -- ', ''), line[4], line[6]]);
    expect(article.data.publisher).toEqual({ name: 'CNN Indonesia' });
    expect(article.data.related).toEqual([{ title: 'Pedagang Positif Corona, Pasar Minggu Tutup Sementara 3 Hari' }]);
    expect(result.dropped).toEqual(['dropped (sign-off of initials): "(dis/ugo)" (line 7)', 'dropped (embed placeholder): "[Gambas:Video CNN]" (line 8)']);
  });
});

describe('antara, tempo, republika', () => {
  it('antara: `Pewarta :` is the author, the editor and the copyright line leave', () => {
    const { result, article, body, line } = imported('antara-padangsidimpuan.txt');
    expect(paragraphsOf(body)).toEqual([line[3]!.replace('Padangsidimpuan (ANTARA) - ', ''), line[7], line[9]]);
    expect(article.data).toMatchObject({
      authors: ['Khairul Arief'],
      publisher: { name: 'ANTARA' },
      related: [{ title: 'Wartawan di Padangsidimpuan gelar unjuk rasa solidaritas' }],
    });
    expect(result.dropped).toEqual(['dropped (not an author: Editor: Juraidi): "Editor: Juraidi" (line 12)', 'dropped (copyright line): "COPYRIGHT © ANTARA 2021" (line 13)']);
  });

  it('tempo: two paragraphs glued at a full stop are split there, and `Pilihan Editor:` inside the line is a related headline', () => {
    const { article, body } = imported('tempo-style.txt');
    expect(paragraphsOf(body)).toEqual(['Api berhasil dipadamkan.', 'Warga lega.']);
    expect(article.data).toMatchObject({ publisher: { name: 'TEMPO.CO' }, related: [{ title: 'Judul lain' }], description: 'Api berhasil dipadamkan.' });
  });

  it('republika: the AI disclosure is kept as the last paragraph, a page break inside the text leaves without `partial`, `sumber :` is a source', () => {
    const { result, article, body } = imported('republika-style.txt', { date: undefined });
    expect(paragraphsOf(body)).toEqual([
      'Kementerian Agama menetapkan awal Ramadhan jatuh pada Senin, 11 Maret 2024, setelah sidang isbat di Jakarta.',
      'Keputusan itu diambil setelah tim rukyat melaporkan hilal terlihat di sejumlah titik.',
      'Sidang isbat dihadiri perwakilan organisasi kemasyarakatan Islam.',
      'Konten ini disempurnakan menggunakan Kecerdasan Buatan (AI).',
    ]);
    expect(article.data).toMatchObject({ publisher: { name: 'REPUBLIKA.CO.ID' }, sources: [{ name: 'Antara' }], partial: false, date: { iso: '2024-03-11' } });
    // The disclosure is not the description: that is the story's first sentence.
    expect(article.data.description).toBe('Kementerian Agama menetapkan awal Ramadhan jatuh pada Senin, 11 Maret 2024, setelah sidang isbat di Jakarta.');
    expect(result.dropped).toEqual(['dropped (page break inside the text (the scraper joined the pages)): "Bersambung ke halaman berikutnya…" (line 9)']);
  });
});

describe('suara', () => {
  it('reads captions ending with `(Foto: dok. …)` or followed by `Foto: Dok. …`, `Baca juga:` with two spaces, and drops ads, channel and app promotions', () => {
    const { result, article, body, line } = imported('suara-style.txt');
    expect(article.data.image).toEqual({ caption: 'Gubernur meninjau lokasi banjir di Bekasi.', credit: 'dok. Humas Pemprov' });
    expect(paragraphsOf(body)).toEqual([line[5]!.replace('Suara.com - ', ''), '[figure] Mobil bantuan Honda dikerahkan ke lokasi banjir.', line[14]]);
    expect(body[1]).toEqual({ caption: 'Mobil bantuan Honda dikerahkan ke lokasi banjir.', credit: 'Dok. Honda' });
    expect(article.data).toMatchObject({ publisher: { name: 'Suara.com' }, related: [{ title: 'Warga Bekasi Diminta Waspada Banjir Susulan' }], sources: [{ name: 'Antara' }] });
    expect(result.dropped).toEqual([
      'dropped (ad marker): "Advertisement" (line 7)',
      `dropped (channel invitation): ${JSON.stringify(line[16])} (line 16)`,
      `dropped (app promotion): ${JSON.stringify(line[17])} (line 17)`,
    ]);
    expect(result.review).toEqual([]);
  });
});
