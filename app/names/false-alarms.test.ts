import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from './demo-people.test-helper';
import { findNameIssues } from './find-issues';

/** A scene-setter for the demo visit written with every name in its canonical spelling. */
const SCENE_SETTER = `
OFFICIAL
Scene-setter: Official visit of the Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan to Türkiye
Dates: 4–5 March 2021. Place: Ankara, Turkey. Principal: Mukhtar Tleuberdi. Host: Mevlüt Çavuşoğlu, Minister of Foreign Affairs.

Purpose of the visit
Confirm the strategic partnership in the year of the 30th anniversary of independence, and deliver the invitation of
the First President, Nursultan Nazarbayev, to the informal Summit of the Cooperation Council of Turkic-speaking States
(31 March, Turkestan), together with a personal message from President Kassym-Jomart Tokayev.

Programme at a glance
Thursday 11:00 Call on President Recep Tayyip Erdoğan, Presidential Complex, Ankara.
Thursday 15:00 6th meeting of the Joint Strategic Planning Group, chaired by Mr Tleuberdi and Mr Çavuşoğlu.
Friday 10:00 Meeting with Vice-President Fuat Oktay at the Vice-Presidency.

Key messages
Turkey is an important, strategic and reliable partner of Kazakhstan on the Eurasian continent.
Turkey was one of the first to recognise the independence of Kazakhstan. Okay to say so publicly.
Bilateral trade stayed above $3 billion despite the pandemic; the aim is $10 billion.
We value the growing role of Nur-Sultan and Ankara in regional and global politics.

Bilateral relations
Political: relations at the level of strategic partnership; regular contacts between the Presidents.
Trade and economic: main investments in construction, energy, mining, agriculture and textiles.
Transport and logistics: the Trans-Caspian International Transport Route; Main issues remain tariffs.
Cultural and humanitarian: the Khoja Akhmet Yassawi International Kazakh-Turkish University in Turkestan.

Issues to raise
The 12th meeting of the intergovernmental commission, to be co-chaired by Prime Minister Askar Mamin and
Vice-President Fuat Oktay. Mamin will lead our side. Recap for the Minister: the date is not yet set.

Defensive lines if raised
If asked about the renaming of Nur-Sultan: Astana and Nur-Sultan are the same city. Türkiye is the UN usage.
The Oktober date mentioned in the press is not confirmed. Admin arrangements are with the Embassy.

Dates and anniversaries
30th anniversary of independence this year; 30th anniversary of diplomatic relations next year.
Erdoğan, Çavuşoğlu, Tokayev, Nazarbayev, Tleuberdi, Oktay and Mamin all took part in earlier rounds.
`;

describe('findNameIssues: no false alarms', () => {
  it('finds nothing in a scene-setter that spells every name canonically', () => {
    expect(findNameIssues(SCENE_SETTER, DEMO_PEOPLE)).toEqual([]);
  });

  it.each([
    'Ankara',
    'Turkey',
    'Türkiye',
    'Turkish',
    'Minister',
    'Ministry',
    'Oktober',
    'October',
    'okay',
    'Okay',
    'Mamin',
    'Main',
    'Maintain',
    'Recap',
    'Receipt',
    'Sultan',
    'Consultant',
    'Erdington',
    'Jordan',
    'Oskar',
    'Tokyo',
    'Today',
    'Nursery',
    'Caviar',
    'Cavalry',
    'Fuat',
    'Mukhtar',
  ])('does not flag "%s" on its own, capitalised or not', (word) => {
    expect(findNameIssues(`${word} ${word.toLowerCase()}`, DEMO_PEOPLE)).toEqual([]);
  });

  it('still flags the wrong spellings when they are mixed into that scene-setter', () => {
    const text = `${SCENE_SETTER} Later Minister Cavusoglu and M. Chavoshuglu met Tleuberdy.`;
    expect(findNameIssues(text, DEMO_PEOPLE).map((i) => i.found)).toEqual(['Cavusoglu', 'M. Chavoshuglu', 'Tleuberdy']);
  });
});
