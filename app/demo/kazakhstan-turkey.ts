import type { PersonInput } from '../domain/person';
import type { ProgrammeItemInput } from '../domain/programme';
import type { VisitInput } from '../domain/visit';

/**
 * A real visit, from a 2021 press release of the Ministry of Foreign Affairs of Kazakhstan.
 * The release gives no exact dates (the visit came before the 31 March summit it mentions), so
 * the dates here are illustrative, and the visit's description says so.
 */
export const DEMO_VISIT_ID = 'demo-visit-kz-tr-2021';

export const demoVisit: VisitInput = {
  title: 'Official visit of the Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan to Türkiye',
  kind: 'official',
  hostCountry: 'TR',
  guestCountry: 'KZ',
  city: 'Ankara',
  startDate: '2021-03-04',
  endDate: '2021-03-05',
  timeZone: 'Europe/Istanbul',
  status: 'completed',
  classification: 'OFFICIAL',
  principalId: 'demo-person-tleuberdi',
  counterpartId: 'demo-person-cavusoglu',
  description:
    'Demo data. The visit took place at the invitation of the Minister of Foreign Affairs of Turkey, before the informal Summit of the Cooperation Council of Turkic-speaking States of 31 March 2021. The exact dates are not in the source press release: the dates used here are illustrative.',
};

export const demoPeople: (PersonInput & { id: string })[] = [
  {
    id: 'demo-person-tleuberdi',
    name: 'Mukhtar Tleuberdi',
    nativeName: 'Мұхтар Тілеуберді',
    aliases: ['M. Tleuberdi'],
    titles: [{ title: 'Deputy Prime Minister – Minister of Foreign Affairs', organisation: 'Republic of Kazakhstan' }],
    country: 'KZ',
  },
  {
    id: 'demo-person-cavusoglu',
    name: 'Mevlüt Çavuşoğlu',
    aliases: ['Mevlut Cavusoglu', 'M. Chavoshuglu'],
    titles: [{ title: 'Minister of Foreign Affairs', organisation: 'Republic of Turkey' }],
    country: 'TR',
  },
  {
    id: 'demo-person-erdogan',
    name: 'Recep Tayyip Erdoğan',
    aliases: ['Erdogan'],
    titles: [{ title: 'President', organisation: 'Republic of Turkey' }],
    country: 'TR',
  },
  {
    id: 'demo-person-oktay',
    name: 'Fuat Oktay',
    aliases: ['F. Oktay'],
    titles: [{ title: 'Vice-President', organisation: 'Republic of Turkey' }],
    country: 'TR',
  },
  {
    id: 'demo-person-tokayev',
    name: 'Kassym-Jomart Tokayev',
    nativeName: 'Қасым-Жомарт Тоқаев',
    aliases: [],
    titles: [{ title: 'President', organisation: 'Republic of Kazakhstan' }],
    country: 'KZ',
  },
  {
    id: 'demo-person-nazarbayev',
    name: 'Nursultan Nazarbayev',
    nativeName: 'Нұрсұлтан Назарбаев',
    aliases: [],
    titles: [{ title: 'First President', organisation: 'Republic of Kazakhstan' }],
    country: 'KZ',
  },
  {
    id: 'demo-person-mamin',
    name: 'Askar Mamin',
    nativeName: 'Асқар Мамин',
    aliases: ['A. Mamin'],
    titles: [{ title: 'Prime Minister', organisation: 'Republic of Kazakhstan' }],
    country: 'KZ',
  },
];

export const demoProgramme: (ProgrammeItemInput & { id: string })[] = [
  {
    id: 'demo-item-erdogan',
    start: '2021-03-04T11:00',
    end: '2021-03-04T12:00',
    title: 'Call on President Erdoğan',
    location: 'Presidential Complex, Ankara',
    participants: ['demo-person-erdogan', 'demo-person-tleuberdi', 'demo-person-cavusoglu'],
  },
  {
    id: 'demo-item-jspg',
    start: '2021-03-04T15:00',
    end: '2021-03-04T17:00',
    title: '6th meeting of the Joint Strategic Planning Group',
    location: 'Ministry of Foreign Affairs, Ankara',
    participants: ['demo-person-cavusoglu', 'demo-person-tleuberdi'],
  },
  {
    id: 'demo-item-oktay',
    start: '2021-03-05T10:00',
    end: '2021-03-05T11:00',
    title: 'Meeting with Vice-President Fuat Oktay',
    location: 'Vice-Presidency, Ankara',
    participants: ['demo-person-oktay', 'demo-person-tleuberdi'],
  },
];
