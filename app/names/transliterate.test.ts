import { describe, expect, it } from 'vitest';
import { findNameIssues } from './find-issues';
import { nameKey, sameName, toAscii, transliterate } from './transliterate';

/**
 * Heads of state and government and foreign ministers of the region, in their own script and as
 * the English-language press and their governments' English sites write them. Source: the public
 * office-holder lists of English and native-language Wikipedia ("President of Kazakhstan", "Prime
 * Minister of Kazakhstan", "Ministry of Foreign Affairs (Kazakhstan)", "List of heads of state of
 * Russia", "Minister of Foreign Affairs (Russia)", "President of Ukraine", "Prime Minister of
 * Ukraine", "Minister of Foreign Affairs of Ukraine", the presidents of Uzbekistan, Kyrgyzstan,
 * Tajikistan and Turkmenistan, "President of Serbia", "Prime Minister of Serbia", "President of
 * Montenegro", "Prime Minister of North Macedonia", "Prime Minister of Bulgaria"); Kazakh officials
 * in Russian as on akorda.kz and gov.kz, Tokayev also in Kazakh.
 * [native, Latin, country]
 */
const PAIRS: [string, string, string][] = [
  // Kazakhstan
  ['Нурсултан Назарбаев', 'Nursultan Nazarbayev', 'KZ'],
  ['Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev', 'KZ'],
  ['Қасым-Жомарт Тоқаев', 'Kassym-Jomart Tokayev', 'KZ'],
  ['Мухтар Тлеуберди', 'Mukhtar Tleuberdi', 'KZ'],
  ['Аскар Мамин', 'Askar Mamin', 'KZ'],
  ['Алихан Смаилов', 'Alikhan Smailov', 'KZ'],
  ['Олжас Бектенов', 'Olzhas Bektenov', 'KZ'],
  ['Бакытжан Сагинтаев', 'Bakytzhan Sagintayev', 'KZ'],
  ['Карим Масимов', 'Karim Massimov', 'KZ'],
  ['Кайрат Абдрахманов', 'Kairat Abdrakhmanov', 'KZ'],
  ['Ерлан Идрисов', 'Erlan Idrissov', 'KZ'],
  ['Бейбут Атамкулов', 'Beibut Atamkulov', 'KZ'],
  ['Мурат Нуртлеу', 'Murat Nurtleu', 'KZ'],
  ['Ермек Кошербаев', 'Yermek Kosherbayev', 'KZ'],
  // Russia
  ['Владимир Путин', 'Vladimir Putin', 'RU'],
  ['Дмитрий Медведев', 'Dmitry Medvedev', 'RU'],
  ['Михаил Мишустин', 'Mikhail Mishustin', 'RU'],
  ['Сергей Лавров', 'Sergey Lavrov', 'RU'],
  ['Игорь Иванов', 'Igor Ivanov', 'RU'],
  ['Евгений Примаков', 'Yevgeny Primakov', 'RU'],
  ['Андрей Козырев', 'Andrei Kozyrev', 'RU'],
  ['Виктор Черномырдин', 'Viktor Chernomyrdin', 'RU'],
  ['Михаил Фрадков', 'Mikhail Fradkov', 'RU'],
  ['Сергей Шойгу', 'Sergei Shoigu', 'RU'],
  // Ukraine
  ['Володимир Зеленський', 'Volodymyr Zelenskyy', 'UA'],
  ['Денис Шмигаль', 'Denys Shmyhal', 'UA'],
  ['Дмитро Кулеба', 'Dmytro Kuleba', 'UA'],
  ['Андрій Сибіга', 'Andrii Sybiha', 'UA'],
  ['Петро Порошенко', 'Petro Poroshenko', 'UA'],
  ['Юлія Тимошенко', 'Yulia Tymoshenko', 'UA'],
  ['Арсеній Яценюк', 'Arseniy Yatsenyuk', 'UA'],
  ['Віктор Янукович', 'Viktor Yanukovych', 'UA'],
  ['Леонід Кучма', 'Leonid Kuchma', 'UA'],
  ['Леонід Кравчук', 'Leonid Kravchuk', 'UA'],
  ['Павло Клімкін', 'Pavlo Klimkin', 'UA'],
  // Central Asia
  ['Шавкат Мирзиёев', 'Shavkat Mirziyoyev', 'UZ'],
  ['Ислам Каримов', 'Islam Karimov', 'UZ'],
  ['Бахтиёр Саидов', 'Bakhtiyor Saidov', 'UZ'],
  ['Садыр Жапаров', 'Sadyr Japarov', 'KG'],
  ['Сооронбай Жээнбеков', 'Sooronbay Jeenbekov', 'KG'],
  ['Алмазбек Атамбаев', 'Almazbek Atambayev', 'KG'],
  ['Эмомали Рахмон', 'Emomali Rahmon', 'TJ'],
  ['Гурбангулы Бердымухамедов', 'Gurbanguly Berdimuhamedow', 'TM'],
  ['Сердар Бердымухамедов', 'Serdar Berdimuhamedow', 'TM'],
  // Balkans
  ['Александар Вучић', 'Aleksandar Vučić', 'RS'],
  ['Ивица Дачић', 'Ivica Dačić', 'RS'],
  ['Ана Брнабић', 'Ana Brnabić', 'RS'],
  ['Мило Ђукановић', 'Milo Đukanović', 'ME'],
  ['Милорад Додик', 'Milorad Dodik', 'BA'],
  ['Христијан Мицкоски', 'Hristijan Mickoski', 'MK'],
  ['Никола Груевски', 'Nikola Gruevski', 'MK'],
  ['Бойко Борисов', 'Boyko Borisov', 'BG'],
  ['Румен Радев', 'Rumen Radev', 'BG'],
];

describe('transliterate', () => {
  it('writes Kazakh letters as passports do, Russian -ий as the press does, Ukrainian and Serbian by their own rules', () => {
    expect(transliterate('Қасым-Жомарт Тоқаев')).toBe('Kasym-Zhomart Tokayev');
    expect(transliterate('Ә Ғ Қ Ң Ө Ұ Ү Һ І')).toBe('A G K N O U U H I');
    expect(transliterate('Назарбаев')).toBe('Nazarbayev');
    expect(transliterate('Дмитрий Медведев')).toBe('Dmitry Medvedev');
    expect(transliterate('Ерлан')).toBe('Yerlan');
    expect(transliterate('Денис Шмигаль', 'UA')).toBe('Denys Shmyhal');
    expect(transliterate('Юлія Тимошенко')).toBe('Yuliia Tymoshenko');
    expect(transliterate('Александар Вучић')).toBe('Aleksandar Vučić');
    expect(transliterate('Мило Ђукановић')).toBe('Milo Đukanović');
    expect(transliterate('ЩУКИН Щукин')).toBe('SHCHUKIN Shchukin');
  });

  it('leaves Latin names with their marks, and toAscii drops them (Turkish ı, İ, ş, ğ, ç)', () => {
    expect(transliterate('Mevlüt Çavuşoğlu, İstanbul')).toBe('Mevlüt Çavuşoğlu, İstanbul');
    expect(toAscii('Mevlüt Çavuşoğlu, İstanbul, Kırıkkale')).toBe('Mevlut Cavusoglu, Istanbul, Kirikkale');
  });
});

describe('name keys', () => {
  it('one key for the spellings of one name, in any script', () => {
    for (const group of [
      ['Тлеуберди', 'Tleuberdi', 'Tleuberdy'],
      ['Çavuşoğlu', 'Cavusoglu', 'Chavushoglu', 'ÇAVUŞOĞLU'],
      ['Назарбаев', 'Nazarbayev', 'Nazarbaev'],
      ['Нур', 'Nur'],
      ['Султан', 'Sultan'],
    ]) {
      expect(new Set(group.map((w) => nameKey(w))).size, group.join(' / ')).toBe(1);
    }
  });

  it(`matches ${PAIRS.length} real name pairs in both directions`, () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(40);
    const failures = PAIRS.filter(
      ([native, latin, country]) => !sameName(native, latin, country) || !sameName(latin, native, undefined, country),
    );
    expect(failures).toEqual([]);
    // Without the country the letters decide (or both readings are kept): still a match.
    expect(PAIRS.filter(([native, latin]) => !sameName(native, latin))).toEqual([]);
  });

  it('keeps different people apart: no two names of the table share a key', () => {
    const keys = PAIRS.map(([, latin]) =>
      latin
        .split(/[\s-]+/)
        .map((w) => nameKey(w))
        .join(' '),
    );
    const unique = new Set(keys);
    // The table has one person twice (Tokayev in Russian and in Kazakh).
    expect(unique.size).toBe(new Set(PAIRS.map(([, latin]) => latin)).size);
  });

  it('the names check finds a Latin-spelled person written in Cyrillic, and a Cyrillic one written in Latin', () => {
    for (const [native, latin, country] of PAIRS) {
      const surnameLatin = latin.split(' ').at(-1)!;
      const surnameNative = native.split(' ').at(-1)!;
      const latinPerson = [{ id: 'p', name: latin, aliases: [], country }];
      const found = findNameIssues(`Встреча: ${surnameNative} и делегация.`, latinPerson);
      expect(
        found.map((i) => i.canonical),
        native,
      ).toEqual([surnameLatin]);
      const nativePerson = [{ id: 'p', name: native, aliases: [], country }];
      const back = findNameIssues(`Meeting with ${surnameLatin} today.`, nativePerson);
      expect(
        back.map((i) => i.canonical),
        latin,
      ).toEqual([surnameNative]);
    }
  });
});
