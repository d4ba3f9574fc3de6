/** The seed article: the scraped text (a fixture copy) and the committed Markdown made from it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_SLUG = 'dapat-surat-cinta-menlu-rusia-bongkar-isi-pesan-dari-menlu-as';
export const SEED_ARTICLE_PATH = fileURLToPath(new URL(`../../content/articles/${SEED_SLUG}.md`, import.meta.url));
export const SEED_TEXT_PATH = fileURLToPath(new URL('../fixtures/seed/seed-article.txt', import.meta.url));

export const seedMarkdown = (): string => readFileSync(SEED_ARTICLE_PATH, 'utf8');
export const seedText = (): string => readFileSync(SEED_TEXT_PATH, 'utf8');

/** The three headlines of other stories that interrupt the seed's body. */
export const SEED_RELATED = [
  'Menko Airlangga: Indonesia Siap Mengakselerasi Pertumbuhan Ekonomi dan Investasi Berkelanjutan dari Amerika Serikat',
  'Bule Rusia Dideportasi, Overstay hingga Tak Bayar Tagihan RS Rp 33 Juta di Bali',
  'Indonesia di Atas AS dan Rusia dalam Hal Ini',
] as const;

/** The seed's figures: caption and credit, lead first, in reading order. */
export const SEED_FIGURES = [
  { caption: 'Menlu Rusia Sergey Lavrov.', credit: 'AP Photo/Vahid Salemi' },
  { caption: 'Menteri Luar Negeri Amerika Serikat (AS), Antony Blinken.', credit: 'AP-Yonhap' },
  { caption: 'VIVA Militer: Gudang senjata militer Ukraina terbakar dihantam artileri Rusia', credit: 'Twitter/@_Africansoil' },
] as const;
