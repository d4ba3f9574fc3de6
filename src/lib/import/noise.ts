/**
 * Page furniture that is certainly not story text: ad markers, scroll prompts, video embeds,
 * invitations to follow a channel or download an app. Such a unit leaves the article, and the
 * report lists it under the rule's name. The table is the only place these markers are known.
 */

export interface NoiseRule {
  /** Named in the report: `dropped (ad marker): "ADVERTISEMENT"`. */
  name: string;
  pattern: RegExp;
}

/** Each pattern matches a whole unit (a line, or a marker cut out of one by split-inline.ts). */
export const NOISE_RULES: readonly NoiseRule[] = [
  { name: 'ad marker', pattern: /^(?:ADVERTISEMENT|Advertisement|-+ ?Advertisement ?-+|Iklan)$/u },
  { name: 'scroll prompt', pattern: /^(?:SCROLL TO (?:CONTINUE|RESUME) (?:WITH )?CONTENT|Scroll (?:ke bawah )?untuk melanjutkan membaca)$/iu },
  { name: 'embed placeholder', pattern: /^\[Gambas:[^\]]{1,40}\]$/u },
  { name: 'video link', pattern: /^(?:Lihat|Simak|Tonton) (?:juga )?Video ?:/iu },
  // Liputan6's teaser: a play count and duration glued to `VIDEO:`.
  { name: 'video link', pattern: /^\S{0,12}\d{1,2}:\d{2}VIDEO: /u },
  { name: 'channel invitation', pattern: /^(?:Ikuti|Follow|Gabung(?: ke)?) .{0,60}(?:WhatsApp|Whatsapp|Google News|Telegram)(?: Channel)?\b/u },
  { name: 'app promotion', pattern: /^(?:Download|Unduh) aplikasi /iu },
  { name: 'image zoom button', pattern: /^Perbesar$/u },
  { name: 'read-more link', pattern: /^Baca berita (?:selengkapnya|lengkapnya) ?di sini\.?$/iu },
  { name: 'copyright line', pattern: /^(?:COPYRIGHT|Copyright) © \p{Lu}[\p{L} ]{1,30} \d{4}$/u },
];

/** The rule that says a unit is page furniture, if one does. */
export function matchNoise(text: string): NoiseRule | undefined {
  return NOISE_RULES.find((rule) => rule.pattern.test(text));
}
