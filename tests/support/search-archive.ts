/**
 * A generated archive for ranking tests: thousands of short news stories whose words are drawn
 * the way a newsroom's are, not copies of one text. A story has a desk topic (a few topics are
 * most of the news), its own places and people, common words around them, and now and then a
 * word of a short-lived event (a storm's name, a case) that only the weeks around it use, so
 * word statistics differ between years and between the newest stories and the whole archive,
 * as they do in a real one. Seeded: the same archive every run.
 *
 * The pages are article pages as Pagefind reads them: the body marked `data-pagefind-body`, the
 * headline its `<h1>`, the publication time in `article:published_time`
 * (src/layouts/ArticleLayout.astro).
 */
import { toZonedIso } from '../../src/lib/utils/dates.ts';
import { createRandom } from '../../src/lib/utils/seeded-random.ts';

export interface ArchiveStory {
  slug: string;
  /** Milliseconds since 1970. */
  time: number;
  title: string;
  paragraphs: string[];
}

const TOPICS: readonly (readonly string[])[] = [
  ['banjir', 'hujan', 'sungai', 'tanggul', 'pengungsi', 'genangan', 'longsor', 'evakuasi', 'bendungan', 'cuaca'],
  ['harga', 'beras', 'inflasi', 'rupiah', 'pasar', 'pedagang', 'pasokan', 'subsidi', 'cabai', 'minyak'],
  ['pemilu', 'partai', 'kampanye', 'suara', 'calon', 'koalisi', 'debat', 'survei', 'pemilih', 'parlemen'],
  ['timnas', 'pelatih', 'gol', 'liga', 'stadion', 'suporter', 'laga', 'klub', 'penalti', 'kompetisi'],
  ['vaksin', 'dokter', 'pasien', 'puskesmas', 'wabah', 'obat', 'gizi', 'stunting', 'perawat', 'klinik'],
  ['aplikasi', 'data', 'internet', 'ponsel', 'peretas', 'startup', 'digital', 'server', 'kecerdasan', 'platform'],
  ['sekolah', 'guru', 'siswa', 'ujian', 'kurikulum', 'kampus', 'mahasiswa', 'beasiswa', 'rektor', 'zonasi'],
  ['kereta', 'bandara', 'tol', 'macet', 'pelabuhan', 'penumpang', 'mudik', 'angkutan', 'terminal', 'ojek'],
  ['pengadilan', 'hakim', 'jaksa', 'korupsi', 'tersangka', 'vonis', 'penyidik', 'suap', 'saksi', 'banding'],
  ['hutan', 'sampah', 'polusi', 'karbon', 'kebakaran', 'satwa', 'terumbu', 'tambang', 'limbah', 'emisi'],
  ['konser', 'film', 'festival', 'penyanyi', 'sutradara', 'album', 'panggung', 'bioskop', 'seniman', 'penonton'],
  ['gempa', 'tsunami', 'letusan', 'gunung', 'magnitudo', 'retakan', 'sirene', 'posko', 'relawan', 'reruntuhan'],
];

const PLACES = [
  'Jakarta',
  'Surabaya',
  'Bandung',
  'Medan',
  'Makassar',
  'Semarang',
  'Palembang',
  'Denpasar',
  'Pontianak',
  'Manado',
  'Padang',
  'Kupang',
  'Jayapura',
  'Ambon',
  'Mataram',
  'Banjarmasin',
  'Samarinda',
  'Pekanbaru',
  'Jambi',
  'Bengkulu',
  'Kendari',
  'Palu',
  'Ternate',
  'Sorong',
  'Cirebon',
  'Garut',
  'Tegal',
  'Kediri',
  'Malang',
  'Jember',
];

const GIVEN = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fajar',
  'Gita',
  'Hendra',
  'Indah',
  'Joko',
  'Kartika',
  'Lukman',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rizal',
  'Sari',
  'Tono',
  'Wulan',
];
const FAMILY = ['Saputra', 'Wibowo', 'Lestari', 'Hidayat', 'Nugroho', 'Pratama', 'Siregar', 'Harahap', 'Kusuma', 'Rahmawati', 'Simanjuntak', 'Wijaya', 'Halim', 'Tanjung', 'Pohan'];

const COMMON = [
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'untuk',
  'dengan',
  'pada',
  'ini',
  'itu',
  'akan',
  'tidak',
  'juga',
  'oleh',
  'dalam',
  'sebagai',
  'karena',
  'sudah',
  'masih',
  'lebih',
  'telah',
  'setelah',
  'warga',
  'pemerintah',
  'daerah',
  'kota',
  'provinsi',
  'menurut',
  'kata',
  'ujar',
  'tahun',
  'hari',
  'pekan',
  'bulan',
  'pihak',
  'masyarakat',
  'kepala',
  'dinas',
  'menteri',
  'presiden',
  'program',
  'rencana',
  'kebijakan',
  'laporan',
  'informasi',
  'kondisi',
];

/** Syllables for the names of short-lived events: words no dictionary has, so each is rare. */
const SYLLABLES = ['ka', 'ra', 'lo', 'mi', 'su', 'ta', 'ne', 'wa', 'ri', 'do', 'ba', 'ye', 'ko', 'lu', 'se', 'pa'];

/** Weeks an event's word is in the news for. */
const EVENT_WEEKS = 3;
const WEEK = 7 * 86_400_000;

/**
 * `count` stories published between `from` and `to` (ISO moments), oldest first, each a
 * different slug. A story's topic is drawn by Zipf's law (topic `k` about `1/k` as often), its
 * words mostly from its topic, its places and people, the rest common words.
 */
export function generateArchive(count: number, { from, to, seed = 0x5ea2c4 }: { from: string; to: string; seed?: number }): ArchiveStory[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const weights = TOPICS.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const topicOf = () => {
    let draw = random() * total;
    return weights.findIndex((weight) => (draw -= weight) < 0);
  };
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  // A short-lived event every few weeks: its made-up name, the topic it belongs to, its weeks.
  const events = Array.from({ length: Math.ceil(span / WEEK / 4) }, (_, at) => ({
    name: `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}`,
    topic: topicOf(),
    start: start + at * 4 * WEEK + Math.floor(random() * WEEK),
  }));
  const times = Array.from({ length: count }, () => start + Math.floor((random() * span) / 1000) * 1000).sort((a, b) => a - b);
  return times.map((time, index) => {
    const topic = topicOf();
    const words = TOPICS[topic]!;
    const places = [pick(PLACES), pick(PLACES)];
    const people = [`${pick(GIVEN)} ${pick(FAMILY)}`, `${pick(GIVEN)} ${pick(FAMILY)}`];
    const event = events.find((candidate) => candidate.topic === topic && time >= candidate.start && time < candidate.start + EVENT_WEEKS * WEEK);
    const word = () => {
      const draw = random();
      if (draw < 0.45) return pick(words);
      if (draw < 0.52) return pick(places);
      if (draw < 0.56) return pick(people);
      if (draw < 0.59 && event) return event.name;
      if (draw < 0.64) return pick(TOPICS[topicOf()]!);
      return pick(COMMON);
    };
    const sentence = () => Array.from({ length: 8 + Math.floor(random() * 10) }, word).join(' ');
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 4) }, () => `${sentence()}. ${sentence()}.`);
    const headline = [pick(words), pick(words), 'di', places[0], ...(event ? [event.name] : []), pick(COMMON), pick(words)].join(' ');
    return { slug: `berita-${index}`, time, title: headline.charAt(0).toUpperCase() + headline.slice(1), paragraphs };
  });
}

/** A story's page as the site builds it, reduced to what Pagefind reads. */
export function archivePage(story: ArchiveStory, timeZone = 'Asia/Jakarta'): string {
  return (
    `<!doctype html><html lang="id"><head><title>${story.title}</title>` +
    `<meta property="article:published_time" content="${toZonedIso(story.time, timeZone)}"></head><body><nav>Beranda</nav>` +
    `<article data-pagefind-body><h1>${story.title}</h1>` +
    `${story.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`
  );
}
