/**
 * Dutch municipalities (gemeenten), 2025, plus some merged since 2015.
 */
import { memo } from './memo.js';

export const MUNICIPALITIES: readonly string[] = [
  "Aa en Hunze", "Aalsmeer", "Aalten", "Achtkarspelen", "Alblasserdam", "Albrandswaard", "Alkmaar", "Almelo", "Almere", "Alphen aan den Rijn",
  "Alphen-Chaam", "Altena", "Ameland", "Amersfoort", "Amstelveen", "Amsterdam", "Apeldoorn", "Arnhem", "Assen", "Asten",
  "Baarle-Nassau", "Baarn", "Barendrecht", "Barneveld", "Beek", "Beekdaelen", "Beesel", "Berg en Dal", "Bergeijk", "Bergen",
  "Bergen op Zoom", "Berkelland", "Bernheze", "Best", "Beuningen", "Beverwijk", "Bladel", "Blaricum", "Bloemendaal", "Bodegraven-Reeuwijk",
  "Boekel", "Borger-Odoorn", "Borne", "Borsele", "Boxtel", "Breda", "Brielle", "Bronckhorst", "Brummen", "Brunssum",
  "Bunnik", "Bunschoten", "Buren", "Capelle aan den IJssel", "Castricum", "Coevorden", "Cranendonck", "Culemborg", "Dalfsen", "Dantumadiel",
  "De Bilt", "De Fryske Marren", "De Ronde Venen", "De Wolden", "Delft", "Den Haag", "Den Helder", "Deurne", "Deventer", "Diemen",
  "Dijk en Waard", "Dinkelland", "Doesburg", "Doetinchem", "Dongen", "Dordrecht", "Drechterland", "Drimmelen", "Dronten", "Druten",
  "Duiven", "Echt-Susteren", "Edam-Volendam", "Ede", "Eemnes", "Eemsdelta", "Eersel", "Eijsden-Margraten", "Eindhoven", "Elburg",
  "Emmen", "Enkhuizen", "Enschede", "Epe", "Ermelo", "Etten-Leur", "Geertruidenberg", "Geldrop-Mierlo", "Gemert-Bakel", "Gennep",
  "Gilze en Rijen", "Goeree-Overflakkee", "Goes", "Goirle", "Gooise Meren", "Gorinchem", "Gouda", "Groningen", "Gulpen-Wittem", "Haaksbergen",
  "Haarlem", "Haarlemmermeer", "Halderberge", "Hardenberg", "Harderwijk", "Hardinxveld-Giessendam", "Harlingen", "Hattem", "Heemskerk", "Heemstede",
  "Heerde", "Heerenveen", "Heerlen", "Heeze-Leende", "Heiloo", "Hellendoorn", "Helmond", "Hendrik-Ido-Ambacht", "Hengelo", "'s-Hertogenbosch",
  "Het Hogeland", "Heumen", "Heusden", "Hillegom", "Hilvarenbeek", "Hilversum", "Hoeksche Waard", "Hof van Twente", "Hollands Kroon", "Hoogeveen",
  "Hoorn", "Horst aan de Maas", "Houten", "Huizen", "Hulst", "IJsselstein", "Kaag en Braassem", "Kampen", "Kapelle", "Katwijk",
  "Kerkrade", "Koggenland", "Krimpen aan den IJssel", "Krimpenerwaard", "Laarbeek", "Land van Cuijk", "Landgraaf", "Landsmeer", "Lansingerland", "Laren",
  "Leeuwarden", "Leiden", "Leiderdorp", "Leidschendam-Voorburg", "Lelystad", "Leudal", "Leusden", "Lingewaard", "Lisse", "Lochem",
  "Loon op Zand", "Lopik", "Losser", "Maasdriel", "Maasgouw", "Maashorst", "Maassluis", "Maastricht", "Medemblik", "Meerssen",
  "Meierijstad", "Meppel", "Middelburg", "Midden-Delfland", "Midden-Drenthe", "Midden-Groningen", "Moerdijk", "Molenlanden", "Montferland", "Montfoort",
  "Mook en Middelaar", "Neder-Betuwe", "Nederweert", "Nieuwegein", "Nieuwkoop", "Nijkerk", "Nijmegen", "Nissewaard", "Noardeast-Fryslân", "Noord-Beveland",
  "Noordenveld", "Noordoostpolder", "Noordwijk", "Nuenen, Gerwen en Nederwetten", "Nunspeet", "Oegstgeest", "Oirschot", "Oisterwijk", "Oldambt", "Oldebroek",
  "Oldenzaal", "Olst-Wijhe", "Ommen", "Onderbanken", "Oost Gelre", "Oosterhout", "Ooststellingwerf", "Oostzaan", "Opmeer", "Opsterland",
  "Oss", "Oude IJsselstreek", "Ouder-Amstel", "Oudewater", "Overbetuwe", "Papendrecht", "Peel en Maas", "Pekela", "Pijnacker-Nootdorp", "Purmerend",
  "Putten", "Raalte", "Reimerswaal", "Renkum", "Renswoude", "Reusel-De Mierden", "Rheden", "Rhenen", "Ridderkerk", "Rijssen-Holten",
  "Rijswijk", "Roerdalen", "Roermond", "Roosendaal", "Rotterdam", "Rozendaal", "Rucphen", "Schagen", "Scherpenzeel", "Schiedam",
  "Schiermonnikoog", "Schouwen-Duiveland", "Simpelveld", "Sint-Michielsgestel", "Sittard-Geleen", "Sliedrecht", "Sluis", "Smallingerland", "Soest", "Someren",
  "Son en Breugel", "Stadskanaal", "Staphorst", "Stede Broec", "Steenbergen", "Steenwijkerland", "Stein", "Stichtse Vecht", "Súdwest-Fryslân", "Terneuzen",
  "Terschelling", "Texel", "Teylingen", "Tholen", "Tiel", "Tilburg", "Tubbergen", "Twenterand", "Tynaarlo", "Tytsjerksteradiel",
  "Uitgeest", "Uithoorn", "Urk", "Utrecht", "Utrechtse Heuvelrug", "Vaals", "Valkenburg aan de Geul", "Valkenswaard", "Veendam", "Veenendaal",
  "Veere", "Veldhoven", "Velsen", "Venlo", "Venray", "Vijfheerenlanden", "Vlaardingen", "Vlieland", "Vlissingen", "Voerendaal",
  "Voorne aan Zee", "Voorschoten", "Voorst", "Vught", "Waadhoeke", "Waalre", "Waalwijk", "Waddinxveen", "Wageningen", "Wassenaar",
  "Waterland", "Weert", "West Betuwe", "West Maas en Waal", "Westerkwartier", "Westervoort", "Westerwolde", "Westland", "Weststellingwerf", "Wierden",
  "Wijchen", "Wijdemeren", "Wijk bij Duurstede", "Winterswijk", "Woensdrecht", "Woerden", "Wormerland", "Woudenberg", "Zaanstad", "Zaltbommel",
  "Zandvoort", "Zeewolde", "Zeist", "Zevenaar", "Zoetermeer", "Zoeterwoude", "Zuidplas", "Zundert", "Zutphen", "Zwartewaterland",
  "Zwijndrecht", "Zwolle", "Hellevoetsluis", "Westvoorne", "Heerhugowaard", "Langedijk", "Weesp", "Landerd", "Uden", "Boxmeer",
  "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis", "Appingedam", "Delfzijl", "Loppersum", "Haren", "Ten Boer", "Leeuwarderadeel",
  "Dongeradeel", "Ferwerderadiel", "Kollumerland en Nieuwkruisland", "Haarlemmerliede en Spaarnwoude", "Giessenlanden", "Molenwaard", "Leerdam", "Zederik", "Vianen", "Geldermalsen",
  "Lingewaal", "Neerijnen", "Werkendam", "Woudrichem", "Aalburg", "Binnenmaas", "Cromstrijen", "Korendijk", "Oud-Beijerland", "Strijen",
  "Nuth", "Onderbanken", "Schinnen", "Bedum", "De Marne", "Eemsmond", "Winsum", "Grootegast", "Leek", "Marum",
  "Zuidhorn", "Hoogezand-Sappemeer", "Menterwolde", "Slochteren", "Bellingwedde", "Vlagtwedde", "Oud-Beijerland", "Edam-Volendam",
];

/**
 * The lower-case words inside municipality names, which a capitalised-name
 * pattern must let through: aan, bij, de, den, en, op, van.
 * @example "Wijk bij Duurstede", "Hof van Twente", "Land van Cuijk"
 */
export const NAME_CONNECTORS: readonly string[] = [
  ...new Set(MUNICIPALITIES.flatMap((name) => name.split(/[ -]/).filter((word) => /^[a-z]/.test(word)))),
].sort();

const byKey = new Map<string, string>();
function keyOf(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9']+/g, ' ').trim();
}
for (const name of MUNICIPALITIES) if (!byKey.has(keyOf(name))) byKey.set(keyOf(name), name);
byKey.set(keyOf('Den Bosch'), "'s-Hertogenbosch");
byKey.set(keyOf("'s-Gravenhage"), 'Den Haag');
byKey.set(keyOf('Nuenen'), 'Nuenen, Gerwen en Nederwetten');

/** How many letters of a name's first word the pre-test reads: enough to tell "Het", "Programma" from every municipality's. */
const OPENING_LETTERS = 6;

/**
 * The opening of a name's first word as a number, as `keyOf` would read it:
 * its first letters, lower-cased, five bits each (a to z are 1 to 26, so a
 * shorter word has a smaller number than every longer one). -1 when that
 * cannot be told from plain ASCII: the name opens with something other than
 * a letter, or a digit, apostrophe or non-ASCII character (an accent,
 * which keyOf strips) comes before the word ends.
 * @example openingCode('De Bilt') // the code of "de"; openingCode('Súdwest-Fryslân') // -1
 */
function openingCode(name: string): number {
  let code = 0;
  for (let i = 0; i < OPENING_LETTERS; i++) {
    if (i === name.length) return code;
    const c = name.charCodeAt(i);
    const letter = (c | 0x20) - 96;
    if (letter >= 1 && letter <= 26) code = code * 32 + letter;
    else if (c >= 128 || (c >= 48 && c <= 57) || c === 39 || i === 0) return -1;
    // Any other ASCII character ends the word: keyOf reads it as a space.
    else return code;
  }
  return code;
}

/** The openings of every key's first word. */
const OPENINGS = new Set<number>();
for (const key of byKey.keys()) {
  const code = openingCode(key);
  if (code >= 0) OPENINGS.add(code);
}

/**
 * Whether a name may refer to a municipality, told from its first letters
 * without hashing it: false means `findMunicipality` gives null. The meta
 * step asks about every capitalised word ("Het", "De", "Programma"), and
 * most open no municipality's name; a name whose opening cannot be read as
 * plain letters (-1 from `openingCode`) may.
 * @example mayNameMunicipality('Het') // false; mayNameMunicipality('Zwolle') // true
 */
export function mayNameMunicipality(name: string): boolean {
  const code = openingCode(name);
  return code < 0 || OPENINGS.has(code);
}

const lookUp: (name: string) => string | null = memo((name) => (name.length > 60 ? null : (byKey.get(keyOf(name)) ?? null)));

/**
 * The municipality a name refers to (case- and accent-insensitive), or null.
 * Memoised: the meta step asks it of every capitalised word of a document;
 * the pre-test answers most of them without hashing the name.
 */
export const findMunicipality = (name: string): string | null => (mayNameMunicipality(name) ? lookUp(name) : null);
