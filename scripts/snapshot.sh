#!/usr/bin/env bash
# Writes every fixture's tree, the diffs of the real pairs and the lint reports into DIR, so a
# refactoring can be checked byte for byte: scripts/snapshot.sh before/ … scripts/snapshot.sh after/
# && diff -r before after. Needs a build (npm run build).
set -u
out=${1:?usage: scripts/snapshot.sh DIR}
cd "$(dirname "$0")/.."
mkdir -p "$out"
R="node bin/resdiff.js"
for f in seeds/* fixtures/*.txt fixtures/field/*.txt fixtures/field/*.md fixtures/handmade/* fixtures/corpus/*.txt; do
  [ -f "$f" ] || continue
  name=$(echo "$f" | tr '/' '_')
  $R parse "$f" > "$out/$name.tree.json" 2>"$out/$name.tree.err"
  $R lint "$f" --format json > "$out/$name.lint.json" 2>/dev/null
done
pair() { $R diff "$1" "$2" --format json > "$out/diff_$(basename "$1")_$(basename "$2").json" 2>&1; }
pair seeds/cop-6-2.en.txt seeds/cop-8-3.en.md
pair seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt
pair fixtures/ga-74-60.en.txt fixtures/ga-75-241.en.txt
pair fixtures/ga-78-17.en.txt fixtures/ga-79-16.en.txt
$R align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt --format json > "$out/align-6-2.json" 2>&1
$R history seeds/cop-6-2.en.txt seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt --format json > "$out/history.json" 2>&1
echo "snapshot written to $out"
