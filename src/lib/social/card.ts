/**
 * The social card: a 1200×630 PNG that link previews (Open Graph, X/Twitter
 * `summary_large_image`) show for an article. Warta's articles often have no photo to share, so
 * the card is drawn from the headline, section, site name and date: satori lays the text out and
 * turns it into SVG paths, resvg rasterizes the SVG.
 *
 * Text is safe as it comes: satori draws every string as glyph outlines and never reads it as
 * HTML or SVG markup, so a headline like `</script><img onerror=…>` appears as those characters.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { CARD_HEIGHT, CARD_WIDTH } from './card-size.ts';

export interface SocialCardInput {
  title: string;
  section: string;
  siteName: string;
  /** Already formatted for readers, e.g. "Rabu, 1 Februari 2023". */
  date?: string | undefined;
}

const ACCENT = '#9b1c1c';
const INK = '#1b1b1b';
const MUTED = '#5c5c5c';
const PAPER = '#ffffff';
const RULE = '#e4e4e4';
const FONT_FAMILY = 'Noto Sans';

const BAR_WIDTH = 24;
const PADDING_X = 80;
const PADDING_Y = 64;
/** Height left for the headline once the site name, kicker and date rows are placed. */
const HEADLINE_BOX_HEIGHT = 280;
const HEADLINE_LINE_HEIGHT = 1.16;

/**
 * Headline sizes by length: short headlines get poster-size type, long ones shrink so that most
 * fit whole; whatever still does not fit ends in an ellipsis instead of overflowing the card.
 */
const HEADLINE_SIZES: readonly { maxChars: number; size: number }[] = [
  { maxChars: 40, size: 76 },
  { maxChars: 70, size: 60 },
  { maxChars: 110, size: 52 },
  { maxChars: Infinity, size: 44 },
];

/**
 * Noto Sans comes split by script. Basic Latin covers Indonesian; the others cover names such as
 * "Łódź", "Dvořák", "Nguyễn", "Лавров" or "Αθήνα". Satori keeps one font per family and weight
 * and falls back to the other families for a missing glyph, so each subset is a family of its own.
 * Scripts Noto Sans lacks (emoji, CJK, Arabic) show as empty boxes.
 */
const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext'] as const;
const FONT_WEIGHTS = [400, 700] as const;

function readFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(
    FONT_SUBSETS.flatMap((subset) =>
      FONT_WEIGHTS.map(async (weight) => ({
        name: subset === 'latin' ? FONT_FAMILY : `${FONT_FAMILY} ${subset}`,
        data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
}

/** Read once per process: a build draws thousands of cards with the same fonts. */
let fonts: Promise<Font[]> | undefined;

function headlineSize(title: string): number {
  const length = [...title].length;
  // The last step takes any length.
  return HEADLINE_SIZES.find((step) => length <= step.maxChars)!.size;
}

/**
 * Joins the last two words with a no-break space so that no word stands alone on the last line.
 * (Satori's `textWrap: 'balance'` would do better, but it miscounts lines under `lineClamp`.)
 */
function keepLastWordsTogether(title: string): string {
  return title.replace(/ (?=\S+$)/, '\u00a0');
}

/** A satori element: the plain-object form of JSX, so no React is needed. */
interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

function cardTree({ title, section, siteName, date }: SocialCardInput): CardNode {
  const size = headlineSize(title);
  const lines = Math.floor(HEADLINE_BOX_HEIGHT / (size * HEADLINE_LINE_HEIGHT));
  return div({ display: 'flex', width: '100%', height: '100%', backgroundColor: PAPER, color: INK, fontFamily: FONT_FAMILY }, [
    div({ width: BAR_WIDTH, flexShrink: 0, height: '100%', backgroundColor: ACCENT }),
    // A fixed border-box width, not flexGrow: a long unbreakable word would otherwise widen the
    // column past the card's edge, and the ellipses of lineClamp would fall outside the picture.
    div({ display: 'flex', flexDirection: 'column', width: CARD_WIDTH - BAR_WIDTH, boxSizing: 'border-box', padding: `${PADDING_Y}px ${PADDING_X}px` }, [
      div({ display: 'block', fontSize: 34, fontWeight: 700, letterSpacing: -0.5, lineClamp: 1 }, siteName),
      div({ display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', flexGrow: 1, paddingBottom: 40 }, [
        div({ display: 'block', fontSize: 26, fontWeight: 700, letterSpacing: 2.5, textTransform: 'uppercase', color: ACCENT, marginBottom: 18, lineClamp: 1 }, section),
        div(
          { display: 'block', fontSize: size, fontWeight: 700, lineHeight: HEADLINE_LINE_HEIGHT, letterSpacing: -0.5, overflowWrap: 'break-word', lineClamp: lines },
          keepLastWordsTogether(title),
        ),
      ]),
      div({ display: 'block', borderTop: `2px solid ${RULE}`, paddingTop: 22, fontSize: 26, color: MUTED, lineClamp: 1 }, date ?? ''),
    ]),
  ]);
}

/** Draws the card for one article as a 1200×630 PNG. */
export async function renderSocialCard(input: SocialCardInput): Promise<Uint8Array> {
  // satori types its input as a React node; with @types/react installed (decap-cms brings it)
  // that type no longer accepts this plain element tree, which is what satori reads.
  const svg = await satori(cardTree(input) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await (fonts ??= readFonts()) });
  // The async renderer rasterizes on libuv's thread pool, so a build can lay out one card
  // (satori, on the main thread) while another is being rasterized. Text is already paths in
  // the SVG: resvg needs no fonts, and scanning the system's would cost time on every card.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } });
  // sharp encodes off the main thread, in 4 ms instead of resvg's 7 ms on it, and the file is
  // 40 % smaller. resvg's pixels are premultiplied RGBA; the card is opaque, so they are plain RGBA.
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png()
    .toBuffer();
}
