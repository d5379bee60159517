/**
 * Round twenty-eight of the quote finder (issue 12, branch r28a): a style written AFTER a person's name
 * ("Ven. X Y Thero", then "the Thero said"; "U Z Sayadaw", then "the Sayadaw told") is the role, not a name
 * word, when the article shows it so (name-styles.ts isTrailingStyle). Our own invented sentences; every test
 * failed before its rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';
import { isTrailingStyle } from '../../../shared/attribution/finder/name-styles';

const MONKS = [
  'The chief monk of the hill temple, Ven. Korawela Siridhamma Thero, said the bell tower was "cracked from top to bottom".',
  '"We asked the council twice and heard nothing," the Thero said.',
  'His deputy, Ven. Maligawa Piyaratana Thero, said the monks would "wait one more month".',
  '"After that we will repair it ourselves," Piyaratana Thero said.',
].join('\n');

describe('a style written after two people\'s names and as "the <style>" is no word of a name', () => {
  test('"Ven. X Y Thero, said" names X Y', () => {
    expect(speakerNames(MONKS)[0]).toBe('Korawela Siridhamma');
  });

  test('"Y Thero said" after "Ven. X Y Thero" names X Y', () => {
    expect(speakerNames(MONKS)[3]).toBe('Maligawa Piyaratana');
  });

  test('one person: "Ven. X Y Sayadaw" and later "Y Sayadaw said", "the Sayadaw told"', () => {
    expect(speakerNames([
      'The abbot of the forest monastery, Ven. Nandamala Tikkhacara Sayadaw, said the road was "a gift to the village".',
      '"The trucks must slow down near the school," the Sayadaw told reporters.',
      '"Children walk here every morning," Tikkhacara Sayadaw said.',
    ].join('\n'))).toEqual(['Nandamala Tikkhacara', 'Nandamala Tikkhacara', 'Nandamala Tikkhacara']);
  });
});

describe('guards: a surname, a family and a name after an honorific are not trailing styles', () => {
  test('guard: a surname two people share, never after "the", stays a name', () => {
    const text = 'Ghulam Fareed Kazmi and his cousin Raza Kazmi spoke.\nFareed Kazmi said it was "ours".\nRaza Kazmi said it was "not his".';
    expect(isTrailingStyle(text, 'Kazmi')).toBe(false);
    expect(speakerNames(text)).toEqual(['Ghulam Fareed Kazmi', 'Raza Kazmi']);
  });

  test('guard: "the Dangora ruling house" is a family, not a reference by a style', () => {
    const text = 'Musa Dangora and Bello Dangora were there.\nThe suit was filed by the Dangora ruling house.\n"We will appeal," Bello Dangora said.';
    expect(isTrailingStyle(text, 'Dangora')).toBe(false);
  });

  test('guard: a word written right after an honorific ("Ms Begum") is a name', () => {
    const text = 'Rahima Begum and Cllr Shirin Begum spoke.\nThe Begum said nothing.\nMs Begum said it was "enough".';
    expect(isTrailingStyle(text, 'Begum')).toBe(false);
  });
});
