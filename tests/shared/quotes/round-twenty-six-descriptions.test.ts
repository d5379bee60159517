/**
 * Round twenty-six of the quote finder (issue 12, branch r26p): speakers referred to, not named, in the
 * quote's sentence — descriptions, pronouns and continuations resolved through the discourse model. Our
 * own invented sentences; every test failed before its rule.
 */
import { speakerNames } from '../../helpers/quotes';

describe('a description stands for the subject just before when its stated role names no other office', () => {
  test('a role that is no office title ("a senior fellow at …") leaves the person free to be "the economist"', () => {
    expect(speakerNames(
      'Analysts are split. Odile Marchetti-Wren, a senior fellow at the Harbourline Policy Forum, called the tax "a penalty on thrift."',
      '"People who save small sums are not the ones who should pay for this," the economist said.',
    )).toEqual(['Odile Marchetti-Wren', 'Odile Marchetti-Wren']);
  });

  test('a role the description\'s own words tie to ("Secretary for Transport": "the transport minister")', () => {
    expect(speakerNames(
      'Secretary for Transport Gerald Okwuosa-Lind chaired the hearing on Monday.',
      'Okwuosa-Lind told the committee the fare cap was "still being costed".',
      '"We cannot promise what we cannot fund," the transport minister said.',
    )).toEqual(['Gerald Okwuosa-Lind', 'Gerald Okwuosa-Lind']);
  });

  test('the subject two sentences back, with a sentence naming nobody between', () => {
    expect(speakerNames(
      'Brenda Calloway-Ruiz stood beside the governor on the school steps. The veteran educator said rural schools could not fill driving jobs.',
      '"Every cut lands on a bus route," the superintendent said.',
    )).toEqual(['Brenda Calloway-Ruiz']);
  });

  test('a stated office of its own holds that one: "the president" is not the majority leader just named', () => {
    expect(speakerNames(
      '"Why now?" asked Senate Majority Leader Howard Tillery, a Democrat from Ohio.',
      'The president said on Thursday that he had "no regrets".',
    )).toEqual(['Howard Tillery', null]);
  });

  test('one the description\'s own sentence names is someone else', () => {
    expect(speakerNames(
      'Ravens seamer Tobias Quayle had taken two late wickets. "We still believe," Quayle said.',
      'Told of Quayle\'s remarks, the Falcons captain laughed: "He is a fine bowler, and I will buy him dinner."',
    )).toEqual(['Tobias Quayle', null]);
  });
});
