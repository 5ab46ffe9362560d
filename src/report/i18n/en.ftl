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

## dtm report: headings, captions and column names

report-title = Digital transformation maturity report
report-contents = Contents
report-summary = Summary
report-ranking = Ranking
report-ranking-caption = Communes by overall score, with each pillar's score
report-heatmap = Communes × pillars
report-heatmap-intro = Each cell is a score from 0 to 100; darker is higher. Hatched cells have no score.
report-heatmap-caption = Scores by commune and pillar
report-no-score = no score
report-levels = Maturity levels
report-levels-chart = Communes at each maturity level
report-levels-caption = How many communes reached each level
report-levels-by = Levels by
report-distribution = distribution
report-pilot = Pilot recommendation and rollout
report-pilot-picks = Recommended pilots
report-pilot-runners-up = Runners-up
report-why = why
report-why-not = why not picked
report-waves = Rollout waves
report-wave = wave
report-mean-score = mean score
report-groups-touched = groups
report-unscheduled = Not scheduled
report-changes = Changes since the previous period
report-changes-caption = Communes in both periods, by change in overall score
report-change = change
report-profiles = Commune profiles
report-pillars = Pillars
report-path = Shortest path to the next level
report-gaps = Largest gaps: points the overall score would gain
report-now = now
report-target = target
report-gain = gain
report-value = value
report-quality = Data quality
report-treatment = what was done
report-method = Method
report-tree-caption = The criteria tree with weights
report-node = pillar, group or indicator
report-weight = weight
report-effective-weight = share of the index
report-scale = scale
report-rule = rule
report-meaning = what it means
report-rank = rank
report-commune = commune
report-communes = communes
report-overall = overall
report-level = level
report-coverage = coverage
report-from-score = from
report-share = share
report-unranked = no level
report-indicator = indicator
report-pillar = pillar
report-score = score
report-footer = Made with dtm from the survey data and criteria named above. Scores, ranks and levels can be reproduced with the same files.
report-sheet-ranking = Ranking
report-sheet-pillars = Pillars
report-sheet-indicators = Indicators
report-sheet-gaps = Gaps
report-sheet-pilot = Pilot
report-sheet-quality = Data quality
report-sheet-method = Method
report-id = code
report-kind = kind
report-figure-communes = communes scored
report-figure-mean = mean overall score
report-figure-top = at { $level } or higher
report-figure-pilots = recommended pilots
report-summary-scored = { $count ->
    [one] One commune was scored on { $criteria }, period { $period }.
   *[other] { $count } communes were scored on { $criteria }, period { $period }.
}
report-summary-levels = By level: { $levels }.
report-summary-unscored = { $count ->
    [one] One commune has too little data for an overall score; it is listed last, without a rank.
   *[other] { $count } communes have too little data for an overall score; they are listed last, without a rank.
}
report-summary-pillars = The strongest pillar is { $strongest } (mean { $strong }); the weakest is { $weakest } (mean { $weak }).
report-summary-change = Since { $from }: { $improved } communes improved and { $declined } declined; { $up } rose a level and { $down } fell back; the mean overall score changed by { $delta }.
report-summary-pilots = Recommended pilots: { $names }.
report-profiles-all = Every commune is profiled.
report-profiles-some = { $count } communes are profiled: the highest- and lowest-ranked and the pilots. Use --profiles all for every commune.
report-path-top = Already at the highest level.
report-path-unscored = No overall score yet: report more indicators first.
report-path-unreachable = Even every indicator at its best would not reach { $level }.
report-path-steps = To reach { $level } (from { $min } points), these { $count } improvements are the fewest that suffice.
report-unscored-note = not scored: too little data
report-rank-of = rank { $rank } of { $total }
report-changes-shown = The { $shown } communes that changed most, of { $total } in both periods.
report-quality-lenient = unreadable value '{ $value }' turned missing (--lenient)
report-quality-none = No value was imputed, scored zero, left out or turned missing.
report-quality-some = { $imputed } values imputed, { $zeroed } scored zero, { $dropped } left out, { $lenient } unreadable values turned missing.
report-method-arithmetic = Each pillar and group is the weighted arithmetic mean of its children; the overall score is the weighted mean of the pillars.
report-method-geometric = Each pillar and group is the weighted geometric mean of its children (each score floored at 1, so that a single zero does not erase a node).
report-method-renormalize = A missing value is left out and the weights of its siblings are renormalised.
report-method-zero = A missing value scores 0: not reported means not achieved.
report-method-impute = A missing value gets the mean score of the same district, else of all communes.
report-method-coverage = A node needs data for at least { $coverage } % of its weight, else it has no score.
report-method-level-score = A commune's level is the level of its overall score.
report-method-level-weakest = A commune's level is the level of its overall score, capped by the level of its weakest pillar.
report-method-ranks = Ranks follow the overall score; scores within 1e-9 share a rank. Weights in the tree are shares of the parent; the share of the index is their product along the path.
report-rule-arithmetic = weighted mean
report-rule-geometric = geometric mean
report-rule-renormalize = missing: left out
report-rule-zero = missing: 0
report-rule-impute = missing: district mean

## dtm pilot: table headers and section titles (its sentences are in report/pilot/words.rs)

pilot-pick = pick
pilot-reason = reason
pilot-wave = wave
pilot-order = order
pilot-pilots = Pilots
pilot-passed-over = Passed over
pilot-unscheduled = unscheduled
pilot-note = Note

## dtm rollup and --microdata (cli/rollup.rs, cli/microdata.rs)

rollup-summary = rolled { $rows ->
    [one] { $rows } microdata row
   *[other] { $rows } microdata rows
} of '{ $name }' up into { $communes ->
    [one] { $communes } commune
   *[other] { $communes } communes
}
rollup-progress = { $rows } rows, { $rate } rows/s
rollup-lenient = --lenient turned { $count ->
    [one] { $count } unreadable microdata value
   *[other] { $count } unreadable microdata values
} into missing ones:
rollup-more = … and { $count } more not shown
rollup-clash = measure '{ $measure }' of rollup '{ $rollup }' and column '{ $measure }' of survey file '{ $file }' have the same name; remove one, or choose with --prefer microdata or --prefer survey
rollup-preferred-microdata = column '{ $measure }' comes from the microdata (--prefer microdata); the survey's values are not used
rollup-preferred-survey = column '{ $measure }' comes from the survey (--prefer survey); the microdata measure is not used
rollup-uncovered = data quality: { $count ->
    [one] { $count } commune of the survey has
   *[other] { $count } communes of the survey have
} no rows in microdata '{ $rollup }', so their measures are missing: { $listed }
rollup-unmatched = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} of microdata '{ $rollup }' under { $keys ->
    [one] { $keys } key
   *[other] { $keys } keys
} { $rows ->
    [one] matches
   *[other] match
} no commune of the survey and { $rows ->
    [one] was
   *[other] were
} not joined:
rollup-unmatched-key = key '{ $key }': { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
rollup-unmatched-key-period = key '{ $key }' ({ $period }): { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
rollup-unknown = the criteria have no rollup named '{ $name }'; their rollups are: { $known }
rollup-choose = the criteria have several rollups; choose one with --rollup NAME: { $known }
rollup-none = the criteria have no rollups: add a 'rollups:' section (DESIGN §7)
rollup-invalid = the microdata have { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; nothing was rolled up

## dtm sensitivity (report/sensitivity.rs, cli/sensitivity.rs)

sensitivity-rank = rank
sensitivity-commune = commune
sensitivity-header-score = score
sensitivity-header-mean = mean
sensitivity-header-score-band = score 5–95 %
sensitivity-header-median-rank = median rank
sensitivity-header-rank-band = rank 5–95 %
sensitivity-header-in-top = in top { $top }
sensitivity-varied-weights = weights ±{ $percent } %
sensitivity-varied-aggregation = aggregation
sensitivity-varied-missing = missing-data policy
sensitivity-varied-nothing = nothing varied
sensitivity-summary = { $runs ->
    [one] { $runs } replication
   *[other] { $runs } replications
}, seed { $seed }; varied: { $varied }; ranked by { $by }.
sensitivity-overall = the overall score
sensitivity-correlation = Rank correlation with the nominal ranking (Spearman): mean { $mean }, lowest { $min }; 95 % of replications at least { $low }.
sensitivity-most-stable = Most stable: { $names }.
sensitivity-least-stable = Least stable: { $names }.
sensitivity-seed-note = seed { $seed } (--seed S reproduces or changes it)
sensitivity-progress = replications
sensitivity-interrupted = interrupted after { $done } of { $runs ->
    [one] { $runs } replication
   *[other] { $runs } replications
}; nothing was written
sensitivity-robust-header = robust: in top { $top }

## dtm template (report/template.rs)

template-id-label = Unit code (required, unique)
template-name-label = Unit name
template-period-label = Survey period (required)
template-yes = yes
template-no = no
template-data-sheet = Data
template-guide-sheet = Instructions
template-lists-sheet = Lists
template-group-district = District (before 1/7/2025)
template-group-former-district = Former district
template-group-kind = Kind: xã, phường or thị trấn
template-group-other = Group: { $group }
template-from-rollup = can be computed from microdata: dtm score --microdata { $rollup }=FILE
template-rule-range = a number from { $low } to { $high }
template-rule-number = a number
template-invalid = '{ $header }' takes { $rule }.
template-guide-column = Column
template-guide-what = What it is
template-guide-unit = Unit
template-guide-values = Valid values
template-guide-pillar = Pillar
template-guide-source = Source
template-instruction-rows = Enter one row per unit (and per survey period) on the '{ $sheet }' sheet.
template-instruction-header = Do not change the first header row: dtm reads these exact column names.
template-instruction-guide = The second row (starting with #) is a guide; dtm skips it, keep or delete it.
template-instruction-empty = Leave a cell empty when there is no data; do not write 0 for unknown.
template-instruction-numbers = Numbers may use a decimal comma (85,5) and a percent sign (85.5%).
template-instruction-yes-no = Yes/no columns take 'yes' or 'no' (or có/không, 1/0).
template-instruction-check = Check a filled file with: dtm check --data FILE; score it with: dtm score FILE.
template-made-for = Data-collection template for { $title } ({ $id })
template-made-for-version = Data-collection template for { $title } ({ $id } { $version })

## dtm pilot: counted phrases (report/pilot/words.rs)

pilot-asked = { $count ->
    [one] { $count } pilot asked
   *[other] { $count } pilots asked
}
pilot-wave-line = Wave { $number }: { $members ->
    [one] { $members } commune
   *[other] { $members } communes
}, mean overall { $mean }{ $touches }
pilot-unscheduled-count = { $count ->
    [one] { $count } commune does not fit in the waves and is unscheduled.
   *[other] { $count } communes do not fit in the waves and are unscheduled.
}
## Crosswalks: restated scores (dtm score/profile/compare --crosswalk, dtm crosswalk)

# "Scores restated on 96 new units from 280 old communes through the crosswalk vn-2025."
crosswalk-note = Scores restated on { $units ->
    [one] { $units } new unit
   *[other] { $units } new units
} from { $old ->
    [one] { $old } old commune
   *[other] { $old } old communes
} through the crosswalk { $map }.
crosswalk-label = restated through { $map }
crosswalk-from = Restated from
crosswalk-absent = Old units not in the data
# A warning on standard error when the data lack some old units of the restated new units.
crosswalk-partial = { $units ->
    [one] { $units } new unit is restated from only some of its old units
   *[other] { $units } new units are restated from only some of their old units
}: the data lack { $old ->
    [one] { $old } old unit
   *[other] { $old } old units
} of the crosswalk (listed in JSON and profiles)
# A warning on standard error: compare without --crosswalk across the reorganisation.
crosswalk-straddle = { $before } and { $after } lie on both sides of the reorganisation of 1 July 2025, and the new units reuse old units' codes: communes matched by code may compare one old commune with a whole merged unit. Restate the earlier side with --crosswalk vn-2025 (or your own map)
# "crosswalk vn-2025: 10599 rows; old units 10047 → new units 3321; …"
crosswalk-summary = crosswalk { $map }: { $rows } rows; old units { $old } → new units { $new }; old units split: { $split }; new units with no old unit: { $none }

## dtm pilot --robust: how often each commune is in the top N under sensitivity replications

robust-top-share = in top { $count }
robust-rule = Robustness: the share of { $runs } replications (weights ±{ $weights } %, seed { $seed }) in which each commune ranks in the top { $count }.

## dtm report --sensitivity: the robustness section

sensitivity-report-title = Robustness of the ranking
sensitivity-report-intro = The communes were re-scored { $runs } times (seed { $seed }) with { $varied }. Each bar spans the ranks a commune took in 90 % of the replications (5–95 %); the dot is its rank with the criteria's weights, the tick its median rank. The last column is how often it ranked in the top { $count }.
sensitivity-report-chart = Rank intervals (5–95 %) of the highest-ranked communes when the weights vary
sensitivity-report-shown = { $count } highest-ranked of { $total } ranked communes shown; the spreadsheet lists all.
sensitivity-report-shown-all = All { $total } ranked communes shown.
sensitivity-report-rank = rank
sensitivity-report-commune = commune
sensitivity-report-median = median rank
sensitivity-report-interval = rank 5–95 %
sensitivity-report-top = in top { $count }
sensitivity-report-score = score 5–95 %
sensitivity-report-sheet = Robustness

## rollup measures

rollup-clash-several = { $count } measures of rollup '{ $rollup }' have the names of columns of survey file '{ $file }': { $measures }; rename or remove them on one side, or choose with --prefer microdata or --prefer survey
