/** The size link previews ask for (Open Graph, X/Twitter `summary_large_image`): 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
