# dtm's messages in English. Keys and variables must match vi.ftl (see src/report/i18n.rs).

## The one line every table and Markdown output starts with

# "vn-commune-2025 v2025.1 · period 2025 · 12 communes · Level 1: 3, Level 2: 9"
summary-criteria = Criteria { $id } { $version }
summary-period = period { $period }
summary-communes = { $count ->
    [one] { $count } commune
   *[other] { $count } communes
}
summary-level-count = { $level }: { $count }
summary-separator = {" · "}

## Words many renderers share

common-commune = commune
common-rank = rank
common-overall = overall
common-level = level
common-coverage = coverage
common-pillar = pillar
common-indicator = indicator
common-score = score
common-missing = –
common-yes = yes
common-no = no
common-legend = Columns:
summary-unscored = unscored: { $count }

## dtm score

score-header-overall = overall
score-header-coverage = coverage
score-unknown-column = --columns '{ $column }' is not a column; choose from: { $choices }
score-no-match = no commune matches the filters

## Finding communes, columns and values (report/names.rs)

names-did-you-mean = {" "}(did you mean '{ $suggestion }'?)
names-unknown = no commune has the id or name '{ $wanted }'{ $hint }
names-ambiguous = '{ $wanted }' names { $count } communes; give one of their ids:
    { $list }
names-unknown-node = --by '{ $id }' is not a pillar, group or indicator id{ $hint }
names-unknown-group = { $count ->
    [0] '{ $column }' is not a group column; the criteria have no group columns{ $hint }
   *[other] '{ $column }' is not a group column; the criteria's groups are: { $columns }{ $hint }
}
names-no-value = no commune has { $column } = '{ $value }'; the values are: { $values }

## dtm profile

profile-standing = Overall { $score } — { $level } (level { $number } of { $count })
profile-standing-unscored = Overall – (too little data for a score)
profile-rank = rank { $rank } of { $total }
profile-rank-in = rank { $rank } of { $total } in { $group }
profile-coverage = coverage { $percent }
profile-section-pillars = Pillars
profile-section-indicators = Indicators
profile-section-gaps = Gaps
profile-section-quality = Data quality
profile-header-raw = value
profile-header-unit = unit
profile-header-weight = weight
profile-header-gain = gain

## Gaps and the path to the next level (report/profile/gaps.rs)

gap-largest = The largest gain: { $id } (+{ $gain } points at its best); { $count ->
    [one] { $count } indicator could gain
   *[other] { $count } indicators could gain
}, { $at_best } { $at_best ->
    [one] is
   *[other] are
} at their best.
gap-top = Already at the top level ({ $level }).
gap-unscored = No overall score, so no path to a next level; report more indicators first.
gap-unreachable = { $level } (from { $min }) cannot be reached: with every indicator at its best the overall would be { $best }.
gap-needs-points = { $points } more points are needed
gap-needs-pillar = the weakest pillar must rise ({ $pillars })
gap-and = {" "}and{" "}
gap-fewest = the fewest improvements
gap-short = a short path (not proven the fewest)
gap-path = To reach { $level } ({ $min }), { $needs }; { $how }, { $count }:
gap-after = Overall after: { $score }.
gap-step = { $id }: { $raw } → { $target } (score { $from } → { $to }, +{ $gain })

## Targets and missing values in words (report/words.rs)

target-label = '{ $label }' or better
target-higher = higher
target-lower = lower
target-relative = { $way }; depends on the other communes
target-relative-about = { $way }; depends on the other communes (about { $hint } now)
treatment-imputed-group = imputed { $score }, the mean of { $donors } communes in { $group }
treatment-imputed = imputed { $score }, the mean of { $donors } communes
treatment-zeroed = scored 0
treatment-dropped = left out; the other weights renormalised
treatment-no-donor = left out; no commune had a value to impute from

## dtm compare

compare-relative = the criteria use relative scales ({ $indicators }): their scores depend on the other communes of each side, so changes in them are not comparable
compare-summary = Change from { $before } to { $after }: { $matched } communes on both sides; mean overall change { $mean }; { $improved } improved, { $declined } declined; { $up } moved up a level, { $down } fell back.
compare-pillars = Mean change per pillar: { $pillars }.
compare-warning = Warning: { $warning }.
compare-section-changes = Communes, by overall change
compare-section-only = Only in { $side }
compare-before = before
compare-after = after
compare-change = change

## Notes on what was scored (report/notes.rs)

common-note-synthetic = Note: synthetic data — { $count } of { $total } communes scored here have generated values (their 'synthetic' column says yes); do not quote them as facts.
common-note-synthetic-one = Note: synthetic data — this commune's values are generated (its 'synthetic' column says yes); do not quote them as facts.
common-note-unranked = { $count ->
    [one] Note: { $count } commune has no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked); it is listed last.
   *[other] Note: { $count } communes have no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked); they are listed last.
}
common-note-unranked-one = Note: this commune has no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked).
