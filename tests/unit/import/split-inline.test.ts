import { describe, expect, it } from 'vitest';
import { splitLine } from '../../../src/lib/import/split-inline.ts';

const texts = (line: string): string[] => splitLine(line, 0).map((piece) => piece.text);

describe('splitLine', () => {
  it('cuts detik’s markers out of a one-line text, each as a piece of its own', () => {
    expect(texts('kata dia. SCROLL TO CONTINUE WITH CONTENT Ayu mengaku. ADVERTISEMENT "Saya tidak tahu," jawab Ayu.')).toEqual([
      'kata dia.',
      'SCROLL TO CONTINUE WITH CONTENT',
      'Ayu mengaku.',
      'ADVERTISEMENT',
      '"Saya tidak tahu," jawab Ayu.',
    ]);
    expect(texts('Total Rp 40 miliar. Halaman 2 dari 3 (mib/haf) hakim suap')).toEqual(['Total Rp 40 miliar.', 'Halaman 2 dari 3', '(mib/haf)', 'hakim suap']);
    expect(texts('ujar Danang. (dis/ugo) [Gambas:Video CNN]')).toEqual(['ujar Danang.', '(dis/ugo)', '[Gambas:Video CNN]']);
  });

  it('cuts before a syndication note, an editor’s pick and a reporter’s credit that follow a sentence', () => {
    expect(texts('Simak selengkapnya. Artikel ini telah tayang di Kompas.com dengan judul "X"')).toEqual([
      'Simak selengkapnya.',
      'Artikel ini telah tayang di Kompas.com dengan judul "X"',
    ]);
    expect(texts('Warga lega. Pilihan Editor: Judul lain')).toEqual(['Warga lega.', 'Pilihan Editor: Judul lain']);
    expect(texts('kata kepala desa. (TribunJatim.com/Andi Nugroho)')).toEqual(['kata kepala desa.', '(TribunJatim.com/Andi Nugroho)']);
  });

  it('splits paragraphs glued at a full stop, but not addresses, initials or numbers', () => {
    expect(texts('Api berhasil dipadamkan.Warga lega.')).toEqual(['Api berhasil dipadamkan.', 'Warga lega.']);
    expect(texts('bernama Titin.Sri tak sengaja bertemu')).toEqual(['bernama Titin.', 'Sri tak sengaja bertemu']);
    for (const line of [
      'dilansir Tribunsumsel.Com hari ini.',
      'lihat www.Tribunnews.com sekarang.',
      'Dr. M.Nasir hadir.',
      'pukul 05.00 WIB.',
      'Kombes Pol. Dani hadir.',
      'di Kec.Cimahi Selatan dan Prov.Jabar.',
      'tas, sepatu, dll.Semua hilang.',
    ]) {
      expect(texts(line), line).toEqual([line]);
    }
  });

  it('leaves markers that stand inside a sentence, and story text, alone', () => {
    for (const line of [
      'Ia membaca halaman 2 dari 3 dokumen itu.',
      'Kode (abc/def) tertulis di dinding.',
      'Menurut Artikel ini telah tayang di layar.',
      'Sergey Lavrov mengatakan bahwa (Foto: Reuters) itu keliru.',
      'Baca juga: Kepala Legal Wilmar Bantah Urus Suap Ayu mengatakan Djuyamto tak pernah bercerita.',
    ]) {
      expect(texts(line), line).toEqual([line]);
    }
  });

  it('keeps every character: a line is its pieces with their gaps', () => {
    const line = 'Api berhasil dipadamkan.Warga lega. ADVERTISEMENT Dia pergi. (abc/def)';
    const pieces = splitLine(line, 3);
    expect(pieces.map((piece, index) => (index === 0 ? piece.text : piece.gap + piece.text)).join('')).toBe(line);
    expect(pieces.every((piece) => piece.line === 3)).toBe(true);
    expect(splitLine('', 0)).toEqual([{ text: '', line: 0, gap: '' }]);
  });
});
