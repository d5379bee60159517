/**
 * Round twenty-four of the quote finder (issue 12, branch r24p): pronouns, run-ons and continuations that
 * went to the wrong person. Our own invented sentences; every test failed before its rule unless it says it
 * guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a person whose role names where they work stays a person', () => {
  test('"X, director at the Y Board," is the "she" after her quote', () => {
    expect(speakerNames(
      'Hotels in the valley report bookings down by a third.',
      '"The season was short and the rain was long," said Kerena Oduya Wamathi, director at the Lakeside Tourism Board.',
      'She said the board would fund a new campaign. "People must know the roads are open," she said.',
    )).toEqual(['Kerena Oduya Wamathi', 'Kerena Oduya Wamathi']);
  });

  test('"X, a professor of law at Y University who …," is the "he" who called it something', () => {
    expect(speakerNames(
      'Minister Paul Renwick declined to comment on the ruling.',
      '"The court had no choice," said Tadeo Mbaraka Ssali, a professor of law at Northfield University who advised the plaintiffs.',
      'He called the ruling "overdue by a decade".',
    )).toEqual(['Tadeo Mbaraka Ssali', 'Tadeo Mbaraka Ssali']);
  });

  test('guard: "X, the vaccine maker for the region," is still a body', () => {
    expect(speakerNames(
      'Orders were delayed again.',
      'Peregrine Halvex, the vaccine maker for the region, said supplies would resume. "We apologise," it said.',
    )).toEqual(['Peregrine Halvex']);
  });
});
