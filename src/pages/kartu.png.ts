import { cardResponse, siteCard } from '../data/social-cards.ts';

export const GET = () => cardResponse(siteCard());
