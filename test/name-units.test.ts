/** The unit an indicator's name states, for a table that gives none. */
import { describe, expect, it } from 'vitest';
import { unitFromName } from '../src/vocabulary/name-units.js';

describe('unitFromName', () => {
  it.each([
    ['Werkloze jongeren (%)', '%'],
    ['Fietsgebruik woon-werkverkeer (in %)', '%'],
    ['% werkloze jongeren', '%'],
    ['Percentage inwoners dat wekelijks sport', '%'],
    ['Banen: aantal per 1.000 inwoners 15-64 jaar', 'aantal per 1.000 inwoners 15-64 jaar'],
    ['Personen met een bijstandsuitkering per 10.000 inwoners', 'per 10.000 inwoners'],
    ['Lopende re-integratievoorzieningen per 10.000 inwoners van 15-64 jaar', 'per 10.000 inwoners van 15-64 jaar'],
    ['Absoluut verzuim per 1.000 leerlingen', 'per 1.000 leerlingen'],
    ['Verwijzingen Halt: aantal per 10.000 jongeren 12 - 17 jaar (BBV)', 'aantal per 10.000 jongeren 12 - 17 jaar'],
  ])('reads %j as %j', (name, unit) => expect(unitFromName(name)).toBe(unit));
  it.each([
    ['Banen'],
    // A rate in the middle says more than a unit.
    ['Aantal inwoners per 1000 inwoners met een lopende re-integratievoorziening'],
    ['Jongeren met een delict voor de rechter (22)'],
    ['Wachttijd per aanvraag'],
    ['Tevredenheid: goed'],
  ])('reads no unit in %j', (name) => expect(unitFromName(name)).toBeNull());
});
