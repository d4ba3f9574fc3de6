/**
 * Indonesian: the site's language. Every word a reader sees outside an article's own text
 * comes from here, so a component never hard-codes one.
 */
export const id = {
  'site.tagline': 'Berita yang jelas asal-usulnya',
  'nav.skipToContent': 'Langsung ke konten',
  'nav.main': 'Navigasi utama',
  'nav.home': 'Beranda',
  'home.title': 'Berita terbaru',
  'home.empty': 'Belum ada berita.',
  'article.by': 'Oleh',
  'article.publishedBy': 'Pertama kali terbit di',
  'article.published': 'Terbit',
  'article.updated': 'Diperbarui',
  'article.readingTime': '{minutes} menit baca',
  'article.tags': 'Topik',
  'article.partial': 'Teks ini belum lengkap: artikel aslinya berlanjut di halaman berikutnya di {publisher}, yang tidak disertakan di sini.',
  'article.partialUnknownPublisher': 'Teks ini belum lengkap: artikel aslinya berlanjut di halaman berikutnya, yang tidak disertakan di sini.',
  'figure.captionPrefix': 'Keterangan gambar,',
  'figure.creditPrefix': 'Sumber gambar,',
  'sources.title': 'Sumber',
  'related.title': 'Baca juga',
  'footnotes.label': 'Catatan kaki',
  'footnotes.backLabel': 'Kembali ke isi',
  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat ini tidak ada atau sudah dipindahkan.',
  'notFound.home': 'Kembali ke beranda',
  'footer.about': '{site} adalah situs berita statis yang dibuat dengan Warta.',
} as const;

export type MessageKey = keyof typeof id;
export type Dictionary = Readonly<Record<MessageKey, string>>;
