/**
 * Round seventeen of the quote finder (issue 12, branch r17e): the right entity, not a neighbour. A
 * quote goes to the one who spoke, not to a person or body merely named beside them; when the text
 * cannot tell, the speaker is withheld. Our own invented sentences; every test failed before its
 * rule unless it says it guards a regression.
 */
import { speakerNames } from '../../helpers/quotes';

describe('an office described, then its holder named in commas, is the subject (clauses.ts)', () => {
  test('"the deputy head for X, Name, took …": the holder is the next "he", not the minister before (Australian estimates)', () => {
    expect(speakerNames(
      'Treasurer Colin Ashby said the savings were “real”.',
      'The department’s deputy secretary for digital services, Arun Pillai, took the question on notice. “Every contract went through the panel,” he said.',
    )).toEqual(['Colin Ashby', 'Arun Pillai']);
  });

  test('"the deputy leader in the Assembly, Name with a particle, voted …" (Latin American politics)', () => {
    expect(speakerNames(
      'Speaker Rodrigo Alves Pinto said the session was “historic”.',
      'The deputy leader in the Assembly, Helena Duarte da Costa, voted against the motion and called it “a trap”.',
      '“Nobody read the annexes,” she said.',
    )).toEqual(['Rodrigo Alves Pinto', 'Helena Duarte da Costa', 'Helena Duarte da Costa']);
  });

  test('"the Chairman of the X Association of Y, Chief Name, commended … but urged …" (Nigerian business)', () => {
    expect(speakerNames(
      'The managing director, Ngozi Eze, said the year had been “tough but fair”.',
      'At the meeting, the Chairman of the Independent Shareholders Association of Nigeria, Alhaji Musa Danladi, praised the dividend but urged the board to “keep an eye on costs”.',
    )).toEqual(['Ngozi Eze', 'Musa Danladi']);
  });

  test('"a spokesman for X" after "the chair of group X, Name,": X stays the body, not her role (regression guard)', () => {
    expect(speakerNames(
      'The chair of shipping group Arvola, Kirsten Moe, declined to comment on reports of a bid.',
      '“We do not comment on market rumours,” said an Arvola spokesman.',
    )).toEqual(['Arvola']);
  });
});

describe('a body description is the body the sentence before was about (org-references.ts, mentions.ts)', () => {
  test('"the agency said" after an authority\'s statement, not an older "… Agency" by name (Australian emergency)', () => {
    expect(speakerNames(
      'The Northern Rivers Flood Relief Agency said 2,000 people had been moved to shelters.',
      'In a media release issued in Canberra, the National Emergency Coordination Authority (NECA) stated that it had sent 900 tents. “More help will arrive by road on Monday,” the agency said.',
    )).toEqual(['National Emergency Coordination Authority']);
  });

  test('"the statement said" after another ministry spoke, not the owner of an older statement (defence wire)', () => {
    expect(speakerNames(
      'The Ministry of the Interior said in a statement that the checkpoint had been reinforced.',
      'The Ministry of Defence said troops had been fired on near the border on Friday night. “Our soldiers repelled the attack and secured the area,” the statement said.',
    )).toEqual(['Ministry of Defence']);
  });

  test('"In a filing to the Singapore Exchange, the group said": the next clause is no appositive of the exchange (markets)', () => {
    expect(speakerNames(
      'Kestrel Holdings agreed to buy a packaging plant in Penang for $40 million.',
      'In a filing to the Singapore Exchange, the group said the deal was “in line with its regional strategy”.',
    )).toEqual(['Kestrel Holdings']);
  });

  test('"Addressing reporters at the District Office, the agency\'s director said": the office is no speaker (Pakistani wire)', () => {
    expect(speakerNames('Addressing reporters at the District Office, the agency’s director said, “We have enough tents.”')).toEqual([null]);
  });

  test('"X, a student society that runs weekly debates,": the noun before the relative clause shows a body (US campus)', () => {
    expect(speakerNames(
      'Marlow University said it would not meet the protesters.',
      'Harbour Voices, a student society that runs weekly debates, criticised the camp. “Camps shut debate down,” the society said in a statement.',
    )).toEqual(['Harbour Voices']);
  });

  test('"the party" for a movement that was the sentence before\'s subject (European politics)', () => {
    expect(speakerNames(
      'The National Office of Rural Clinics denied any plan to close the ward.',
      'Forward Together Movement said it would collect signatures on Saturday. “We will knock on every door,” the party said in a statement.',
    )).toEqual(['Forward Together Movement']);
  });

  test('a union described with a relative clause stays an appositive: "it said" finds the union (regression guard)', () => {
    expect(speakerNames(
      'The strike was called by the Hill Farmers Alliance, a union that is strong in the north, after talks broke down. In a statement, the union accused ministers of “broken promises”.',
      '“We will not go home empty-handed,” it said.',
    )).toEqual(['Hill Farmers Alliance', 'Hill Farmers Alliance']);
  });
});

describe('a pronoun after a new person entered (references.ts)', () => {
  test('a full name the reading could not type, the subject just before, is the "he" (US college football)', () => {
    expect(speakerNames(
      'Hornets coach Dale Pruett was less calm about the first half. “We were soft up front,” said Pruett.',
      'Ridgeway got two touchdown passes from Marcus Ellery-Cole, both to Jaylen Ambrose.',
      'Ellery-Cole was 21 of 33 for 270 yards but was sacked five times. “They brought pressure we had not seen,” he said.',
    )).toEqual(['Dale Pruett', 'Marcus Ellery-Cole']);
  });

  test('"X asked her whether …. “…,” she replied": X is not her, so not the "she" either (UK royal visit)', () => {
    expect(speakerNames(
      'The Countess of Wexford opened the new ward on Friday.',
      'Bailey Trent, who is eight and halfway through chemotherapy, asked her whether she had a crown. “Only on Sundays,” she replied.',
    )).toEqual([null]);
  });

  test('"Regulars call him …. “…,” he said": the subject of "call him" is no "he" (regression guard for the first test\'s rule, Singapore feature)', () => {
    expect(speakerNames(
      'At dawn Mr Tan Boon Hock is already at his stall. The 68-year-old has run it for 40 years.',
      'Regulars call him “Uncle Tan”. “I will cook until my hands say no,” he said.',
    )).toEqual(['Tan Boon Hock']);
  });

  test('"X laughs when the remark is read to her": a pronoun in another clause binds nothing (regression guard, Norwegian style)', () => {
    expect(speakerNames(
      'Councillor Ingrid Moe spoke first. Mayor Jon Berg did not comment.',
      'Moe laughs when his remark is read to her. “He is welcome to visit,” she says.',
    )).toEqual(['Ingrid Moe']);
  });

  test('"Zed, who farms sheep, says he did all that was asked of him": an object in a relative clause binds nothing (regression guard, German regional)', () => {
    expect(speakerNames(
      'A spokeswoman for the state office said tests were under way.',
      'Kurt Zeller, who keeps 400 sheep, says he has done everything the authorities asked of him. “The fences are electrified,” he said.',
    )).toEqual(['Kurt Zeller']);
  });
});

describe('a colon quote belongs to the clause the colon closes (attribution-rules.ts)', () => {
  test('", while leader Y left a comment under …: “…”": Y, not the first clause\'s subject (K-pop feature)', () => {
    expect(speakerNames(
      'Singer Mina Park announced a break from the group on Monday.',
      'Bandmate Yuna Cho shared a photo of the two without a caption, while leader Seo Ji-ho left a comment under Park’s post: “Rest well, we will wait for you.”',
    )[0]).toBe('Seo Ji-ho');
  });

  test('"X visited the site, while Y stayed in London; he told reporters: “…”": the last clause\'s "he" (UK politics)', () => {
    expect(speakerNames(
      'Home Secretary Anna Fell visited the site, while opposition leader Tom Grier stayed in London; he told reporters: “This is a photo opportunity.”',
    )).toEqual(['Tom Grier']);
  });
});

describe('a description the text says is unnamed is nobody named (references.ts)', () => {
  test('"The neighbour, who asked not to be named, told the Gazette:" is not the defendant (UK magistrates)', () => {
    expect(speakerNames(
      'Liam Doughty, 34, pleaded guilty to causing unnecessary suffering to the dog.',
      'The court heard the charity was called after a neighbour reported the dog missing. The neighbour, who asked not to be named, told the Gazette: “You could hear her whimpering at night.”',
    )).toEqual([null]);
  });

  test('"the officer, speaking on condition of anonymity, said" is not the chief named before (US police)', () => {
    expect(speakerNames(
      'Police Chief Dana Whitcombe said the search would continue overnight.',
      'The officer, speaking on condition of anonymity, said the suspect “knew the area well”.',
    )).toEqual([null]);
  });

  test('"the shopkeeper, who did not wish to be named, said" (Indian city report)', () => {
    expect(speakerNames(
      'Corporator Sunil Pawar inspected the market on Tuesday.',
      'The shopkeeper, who did not wish to be named, said: “Nobody comes here after dark.”',
    )).toEqual([null]);
  });
});

describe('an unnamed person for a named body is nobody named (clauses.ts)', () => {
  test('"a reporter for the weekly X asked Y:" is not the weekly (Hungarian politics, translated)', () => {
    expect(speakerNames(
      'Spokesman Bence Varga said the ward would stay open.',
      'At the briefing, a reporter for the weekly Tukor asked Varga: “Can you guarantee it in writing?”',
    )).toEqual([null]);
  });

  test('"a member of the ruling X Party told reporters" is not the party, as "a member of X Party" is not (African politics)', () => {
    expect(speakerNames('A member of the ruling Unity Party told reporters the vote was “rigged”.')).toEqual([null]);
  });

  test('"an analyst with the state-owned X Bank said" is not the bank (Kenyan business)', () => {
    expect(speakerNames('An analyst with the state-owned Kenya Commercial Bank said rates were “too high”.')).toEqual([null]);
  });

  test('"a spokesman for the regional Health Board" still speaks as the board (regression guard)', () => {
    expect(speakerNames('A spokesman for the regional Health Board said the ward was “safe”.')).toEqual(['Health Board']);
  });
});
