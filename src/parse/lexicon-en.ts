/**
 * Opening phrases of English resolutions, without sequence words (also, further, again).
 * Longer phrases are matched before shorter ones, so list a phrase and its head both.
 */
export const preambularPhrasesEn: readonly string[] = [
  'Acknowledging', 'Acknowledging with appreciation', 'Acknowledging with concern', 'Acting', 'Acting under',
  'Affirming', 'Alarmed', 'Alarmed at', 'Alarmed by', 'Anxious', 'Appalled', 'Appreciating', 'Approving',
  'Aware', 'Aware of', 'Bearing in mind', 'Believing', 'Calling on', 'Calling upon', 'Cognizant',
  'Cognizant of', 'Commending', 'Committed', 'Concerned', 'Concerned about', 'Concerned at', 'Concerned by',
  'Condemning', 'Confident', 'Conscious', 'Conscious of', 'Considering', 'Contemplating', 'Convinced',
  'Declaring', 'Deeply alarmed', 'Deeply concerned', 'Deeply conscious', 'Deeply convinced',
  'Deeply disturbed', 'Deeply regretting', 'Demanding', 'Deploring', 'Desiring', 'Desirous', 'Determined',
  'Determining', 'Dismayed', 'Disturbed', 'Emphasizing', 'Encouraged', 'Encouraging', 'Endorsing',
  'Expecting', 'Expressing', 'Expressing appreciation', 'Expressing concern', 'Expressing deep concern',
  'Expressing grave concern', 'Expressing its appreciation', 'Expressing its concern',
  'Expressing its conviction', 'Expressing its deep appreciation', 'Expressing its deep concern',
  'Expressing its firm conviction', 'Expressing its gratitude', 'Expressing its satisfaction',
  'Expressing its support', 'Expressing satisfaction', 'Expressing the gravest concern', 'Firmly convinced',
  'Fully aware', 'Fully believing', 'Grateful', 'Gravely concerned', 'Guided by', 'Having adopted',
  'Having considered', 'Having examined', 'Having heard', 'Having received', 'Having reviewed',
  'Having studied', 'Highlighting', 'Honouring', 'Inspired', 'Inviting', 'Keeping in mind',
  'Looking forward', 'Mindful', 'Mindful of', 'Noting', 'Noting with appreciation', 'Noting with approval',
  'Noting with concern', 'Noting with deep concern', 'Noting with grave concern', 'Noting with interest',
  'Noting with regret', 'Noting with satisfaction', 'Observing', 'Paying tribute', 'Pointing out',
  'Reaffirming', 'Reaffirming its commitment', 'Realizing', 'Recalling', 'Recalling with satisfaction',
  'Recognizing', 'Recognizing with appreciation', 'Recognizing with concern', 'Referring', 'Regretting',
  'Reiterating', 'Reiterating its call', 'Reiterating its commitment', 'Reiterating its concern',
  'Reiterating its conviction', 'Reiterating its demand', 'Reiterating its support', 'Remaining concerned',
  'Remaining deeply concerned', 'Remaining gravely concerned', 'Remaining seized', 'Reminding', 'Renewing',
  'Requesting', 'Resolved', 'Responding', 'Seeking', 'Seized', 'Shocked', 'Stressing', 'Strongly condemning',
  'Strongly convinced', 'Supporting', 'Taking into account', 'Taking into consideration', 'Taking note',
  'Taking note of', 'Taking note with appreciation', 'Taking note with concern',
  'Taking note with satisfaction', 'Troubled', 'Underlining', 'Underscoring', 'Urging', 'Valuing', 'Viewing',
  'Viewing with appreciation', 'Welcoming', 'Welcoming with appreciation', 'Welcoming with satisfaction',
  'Wishing', 'Worried'
]

export const operativePhrasesEn: readonly string[] = [
  'Accepts', 'Acclaims', 'Acknowledges', 'Acknowledges with appreciation', 'Adopts', 'Affirms', 'Agrees',
  'Appeals', 'Appeals to', 'Applauds', 'Appreciates', 'Approves', 'Authorizes', 'Calls', 'Calls for',
  'Calls on', 'Calls upon', 'Commends', 'Commits', 'Concurs', 'Condemns', 'Confirms', 'Congratulates',
  'Considers', 'Decides', 'Declares', 'Deems', 'Deeply deplores', 'Deeply regrets', 'Demands', 'Denounces',
  'Deplores', 'Designates', 'Determines', 'Directs', 'Emphasizes', 'Encourages', 'Endorses', 'Exhorts',
  'Expects', 'Expresses', 'Expresses appreciation', 'Expresses concern', 'Expresses deep concern',
  'Expresses grave concern', 'Expresses its appreciation', 'Expresses its concern',
  'Expresses its conviction', 'Expresses its deep concern', 'Expresses its gratitude', 'Expresses its hope',
  'Expresses its satisfaction', 'Expresses its support', 'Expresses the hope', 'Extends', 'Highlights',
  'Holds', 'Insists', 'Instructs', 'Invites', 'Laments', 'Looks forward', 'Maintains', 'Mandates', 'Notes',
  'Notes with appreciation', 'Notes with concern', 'Notes with interest', 'Notes with regret',
  'Notes with satisfaction', 'Observes', 'Opposes', 'Pledges', 'Proclaims', 'Reaffirms', 'Recalls',
  'Recognizes', 'Recommends', 'Regrets', 'Reiterates', 'Reiterates its call', 'Reiterates its invitation',
  'Reiterates its request', 'Reiterates its support', 'Rejects', 'Remains committed', 'Remains concerned',
  'Remains deeply concerned', 'Remains gravely concerned', 'Remains seized', 'Reminds', 'Renews',
  'Renews its call', 'Requests', 'Resolves', 'Responds', 'Salutes', 'Solemnly declares', 'Stresses',
  'Strongly condemns', 'Strongly encourages', 'Strongly recommends', 'Strongly supports', 'Strongly urges',
  'Suggests', 'Supports', 'Takes', 'Takes note', 'Takes note of', 'Takes note with appreciation',
  'Takes note with concern', 'Takes note with interest', 'Takes note with satisfaction', 'Thanks',
  'Underlines', 'Underscores', 'Undertakes', 'Urges', 'Values', 'Warns', 'Welcomes',
  'Welcomes with appreciation', 'Welcomes with satisfaction', 'Wishes'
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
