/**
 * Opening phrases of English resolutions, without sequence words (also, further, again).
 * Longer phrases are matched before shorter ones, so list a phrase and its head both.
 */
export const preambularPhrasesEn: readonly string[] = [
  'Acknowledging', 'Acknowledging with appreciation', 'Acknowledging with concern', 'Acting under', 'Acting',
  'Affirming', 'Alarmed', 'Alarmed by', 'Alarmed at', 'Anxious', 'Appreciating', 'Approving', 'Aware', 'Aware of',
  'Bearing in mind', 'Believing', 'Cognizant', 'Cognizant of', 'Commending', 'Concerned', 'Concerned about',
  'Concerned at', 'Concerned by', 'Condemning', 'Confident', 'Conscious', 'Conscious of', 'Considering',
  'Contemplating', 'Convinced', 'Declaring', 'Deeply alarmed', 'Deeply concerned', 'Deeply conscious',
  'Deeply convinced', 'Deeply disturbed', 'Deeply regretting', 'Deploring', 'Desiring', 'Desirous', 'Determined',
  'Determining', 'Disturbed', 'Emphasizing', 'Encouraged', 'Encouraging', 'Endorsing', 'Expecting', 'Expressing',
  'Expressing concern', 'Expressing deep concern', 'Expressing grave concern', 'Expressing its appreciation',
  'Expressing its concern', 'Expressing its conviction', 'Expressing its deep concern', 'Expressing its firm conviction',
  'Expressing its gratitude', 'Expressing its satisfaction', 'Expressing its support', 'Expressing appreciation',
  'Expressing the gravest concern', 'Expressing satisfaction', 'Expressing its deep appreciation',
  'Firmly convinced', 'Fully aware', 'Fully believing', 'Further deploring', 'Gravely concerned', 'Guided by',
  'Having adopted', 'Having considered', 'Having examined', 'Having heard', 'Having received', 'Having reviewed',
  'Having studied', 'Highlighting', 'Honouring', 'Keeping in mind', 'Looking forward', 'Mindful', 'Mindful of',
  'Noting', 'Noting with appreciation', 'Noting with approval', 'Noting with concern', 'Noting with deep concern',
  'Noting with grave concern', 'Noting with interest', 'Noting with regret', 'Noting with satisfaction',
  'Observing', 'Paying tribute', 'Pointing out', 'Reaffirming', 'Realizing', 'Recalling', 'Recalling with satisfaction',
  'Recognizing', 'Recognizing with appreciation', 'Recognizing with concern', 'Referring', 'Regretting', 'Reiterating',
  'Reiterating its concern', 'Reiterating its conviction', 'Reiterating its support', 'Reiterating its call',
  'Reiterating its commitment', 'Remaining concerned', 'Remaining deeply concerned', 'Remaining gravely concerned', 'Remaining seized', 'Reminding', 'Reminding also',
  'Renewing', 'Resolved', 'Seeking', 'Seized', 'Stressing', 'Strongly condemning', 'Strongly convinced', 'Supporting',
  'Taking into account', 'Taking into consideration', 'Taking note', 'Taking note of', 'Taking note with appreciation',
  'Taking note with concern', 'Taking note with satisfaction', 'Underlining', 'Underscoring', 'Urging', 'Viewing',
  'Viewing with appreciation', 'Welcoming', 'Welcoming with appreciation', 'Welcoming with satisfaction', 'Wishing',
  'Worried', 'Inviting', 'Encouraging', 'Calling upon', 'Calling on', 'Requesting', 'Reaffirming its commitment',
  'Believing', 'Determined', 'Aware', 'Committed', 'Inspired', 'Grateful', 'Appalled',
  'Shocked', 'Troubled', 'Concerned also', 'Convinced also'
]

export const operativePhrasesEn: readonly string[] = [
  'Accepts', 'Acknowledges', 'Acknowledges with appreciation', 'Adopts', 'Affirms', 'Agrees', 'Appeals',
  'Appeals to', 'Applauds', 'Appreciates', 'Approves', 'Authorizes', 'Calls for', 'Calls on', 'Calls upon',
  'Commends', 'Concurs', 'Condemns', 'Confirms', 'Congratulates', 'Considers', 'Decides', 'Declares',
  'Deeply deplores', 'Deeply regrets', 'Demands', 'Deplores', 'Designates', 'Determines', 'Directs',
  'Emphasizes', 'Encourages', 'Endorses', 'Expresses', 'Expresses its appreciation', 'Expresses its concern',
  'Expresses its deep concern', 'Expresses its gratitude', 'Expresses its hope', 'Expresses its satisfaction',
  'Expresses its support', 'Expresses its conviction', 'Expresses appreciation', 'Expresses concern',
  'Expresses deep concern', 'Expresses grave concern', 'Expresses the hope', 'Highlights', 'Insists', 'Instructs',
  'Invites', 'Looks forward', 'Mandates', 'Notes', 'Notes with appreciation', 'Notes with concern',
  'Notes with satisfaction', 'Notes with interest', 'Notes with regret', 'Proclaims', 'Reaffirms', 'Recalls',
  'Recognizes', 'Recommends', 'Regrets', 'Reiterates', 'Reiterates its call', 'Reiterates its invitation',
  'Reiterates its request', 'Reiterates its support', 'Reminds', 'Renews', 'Renews its call', 'Requests',
  'Remains concerned', 'Remains deeply concerned', 'Remains gravely concerned', 'Remains committed', 'Remains seized',
  'Resolves', 'Stresses', 'Strongly condemns', 'Strongly encourages', 'Strongly urges', 'Strongly supports',
  'Strongly recommends', 'Suggests', 'Supports', 'Takes note', 'Takes note of', 'Takes note with appreciation',
  'Takes note with concern', 'Takes note with interest', 'Takes note with satisfaction', 'Underlines',
  'Underscores', 'Urges', 'Welcomes', 'Welcomes with appreciation', 'Welcomes with satisfaction', 'Welcomes also',
  'Wishes', 'Encourages also', 'Further decides', 'Solemnly declares', 'Calls', 'Invites also', 'Commits', 'Pledges',
  'Takes', 'Undertakes', 'Exhorts', 'Acclaims', 'Salutes', 'Thanks', 'Deems', 'Holds', 'Observes', 'Warns',
  'Rejects', 'Opposes', 'Denounces', 'Laments', 
]

/** Adjectives that open preambular paragraphs besides participles. */
export const preambularAdjectivesEn: ReadonlySet<string> = new Set([
  'Alarmed', 'Anxious', 'Aware', 'Cognizant', 'Committed', 'Concerned', 'Confident', 'Conscious', 'Convinced',
  'Desirous', 'Determined', 'Disturbed', 'Fully', 'Deeply', 'Gravely', 'Firmly', 'Grateful', 'Mindful', 'Resolved',
  'Seized', 'Worried', 'Appalled', 'Shocked', 'Troubled', 'Inspired', 'Guided', 'Strongly', 'Further', 'Also',
  'Noting', 'Bearing', 'Keeping', 'Taking', 'Having', 'Expressing', 'Reiterating'
])

/** Sequence words: "Also requests", "Recalling further". */
export const sequenceWordsEn: ReadonlyMap<string, string> = new Map([
  ['also', 'Also'],
  ['further', 'Further'],
  ['again', 'Again'],
  ['once again', 'Once again'],
  ['once more', 'Once more']
])
