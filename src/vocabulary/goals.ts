/**
 * Headings inside "Wat willen we bereiken?" that group or introduce the
 * goals without being one: "Visie", "Doelstellingen", "Strategische
 * doelen", "Bijdrage aan de Duurzame Ontwikkelingsdoelen", "Toelichting".
 * Under them the goals follow (as a list, numbered headings or lines).
 */
import { memo } from './memo.js';

const GROUP =
  /^(?:visie|missie|inleiding|algemeen|context|toelichting|ontwikkelingen|kaders?|beleidskaders?|(?:onze |de )?(?:strategische |maatschappelijke |programma|beleids|hoofd)?(?:doelstellingen|doelen|ambities|opgaven|effecten)|(?:bijdrage aan (?:de )?)?(?:duurzame ontwikkelings ?doel(?:stelling)?en|sdg'?s|sustainable development goals).*|bijdrage aan (?:de )?duurzame .*|ambitie(?: \d{4}(?:[-–]\d{4})?)?|speerpunten|wat willen we bereiken)$/;

/**
 * True when a heading under the goals groups or introduces them and names none.
 * @example isGoalGroupHeading('Visie') // true
 * @example isGoalGroupHeading('Strategische doelen') // true
 * @example isGoalGroupHeading('Ambitie 2027') // true
 * @example isGoalGroupHeading('Veilige en schone wijken') // false
 */
export const isGoalGroupHeading: (text: string) => boolean = memo((text) =>
  GROUP.test(
    text
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/\s*[:?]$/, ''),
  ),
);
