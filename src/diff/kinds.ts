// The kinds of change a diff names, apart from the diff itself so that the CLI can offer them
// (`diff --only`) without loading the aligner.

export type ChangeKind = 'unchanged' | 'reworded' | 'added' | 'dropped' | 'merged' | 'split'

export const changeKinds: readonly ChangeKind[] = ['unchanged', 'reworded', 'added', 'dropped', 'merged', 'split']
