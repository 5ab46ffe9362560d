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

## dtm pilot: table headers and section titles (its sentences are in the "## pilot" section at the end)

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
rollup-clash = measure '{ $measure }' of rollup '{ $rollup }' and column '{ $measure }' of survey file '{ $file }' have the same name; remove one, or choose with --prefer microdata or --prefer survey (or `prefer:` in the criteria's rollup)
rollup-clash-several = { $count } measures of rollup '{ $rollup }' have the names of columns of survey file '{ $file }': { $measures }; rename or remove them on one side, or choose with --prefer microdata or --prefer survey (or `prefer:` in the criteria's rollup)
rollup-preferred-microdata = { $count ->
    [one] column { $measures } comes
   *[other] columns { $measures } come
} from the microdata (--prefer microdata); the survey's values are not used
rollup-preferred-survey = { $count ->
    [one] column { $measures } comes
   *[other] columns { $measures } come
} from the survey (--prefer survey); the microdata's values are not used
rollup-preferred-microdata-criteria = { $count ->
    [one] column { $measures } comes
   *[other] columns { $measures } come
} from the microdata (`prefer: microdata` in rollup '{ $rollup }' of the criteria); the survey's values are not used
rollup-preferred-survey-criteria = { $count ->
    [one] column { $measures } comes
   *[other] columns { $measures } come
} from the survey (`prefer: survey` in rollup '{ $rollup }' of the criteria); the microdata's values are not used
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

## pilot
## dtm pilot's sentences: reasons, notes, the rule line, waves and errors (report/pilot/words.rs
## and report/pilot/errors.rs fill them in). Numbers come already formatted.

pilot-subject-coverage = coverage
pilot-subject-level = level
pilot-subject-overall = overall
# "government ≥ 50"
pilot-gate = { $name } { $op } { $value }
# "government 72.0"
pilot-shown = { $name } { $value }
pilot-shown-unscored = { $name } has no score
# "level 3 (Advanced)"
pilot-shown-level = { $name } { $number } ({ $level })
pilot-shown-no-level = no level
# "government 72.0 ≥ 50"
pilot-passes = { $shown } { $op } { $value }
pilot-how-cover-target = { $value } closest to { $target }
pilot-how-cover-best = best { $value }
pilot-how-cover-outside = best { $value } outside the { $column } values already picked
pilot-how-best = best overall
pilot-how-next = next best overall
pilot-how-closest = closest to { $target }: { $shortfall } points short
pilot-standing-rank = rank { $rank }
pilot-standing = overall { $overall }, rank { $rank }
pilot-place-only = only pick in { $value }
pilot-place-first = first of { $total } picks in { $value }
pilot-place-nth = pick { $nth } of { $total } in { $value }: every { $column } with candidates left already had { $before }
pilot-path-top = already at the top level ({ $level })
pilot-path-unscored = no overall score, so no path
pilot-path-unreachable = { $level } is out of reach even with every indicator at its best
pilot-path = to reach { $level }: { $steps }
pilot-passed-unscored = has no overall score
pilot-passed-excluded = excluded (--exclude)
pilot-passed-piloted = already piloted
pilot-passed-gate = fails gate { $gate } ({ $shown })
pilot-passed-same-spread = passed over: same { $column } as { $pick } ({ $value })
pilot-passed-covered = passed over: { $value } already covered by { $pick }
pilot-passed-covered-full = passed over: { $value } already covered by { $pick }, and the places left went to communes ahead of it
pilot-passed-cannot-cover = passed over: { $count } pilots cannot cover every { $column }, and the best { $value } ranks below the other picks
pilot-passed-all-chosen = passed over: all { $count } pilots already chosen
pilot-note-fewer = only { $candidates } of { $communes } communes are candidates; { $asked } were asked for
pilot-note-cannot-cover = { $count } pilots cannot cover every { $column }: { $left_out } left out
pilot-note-uncovered = no commune of { $column } { $value } is a candidate, so none is picked
pilot-note-removed = not candidates: { $parts }
pilot-removed-excluded = { $count } excluded
pilot-removed-piloted = { $count } already piloted
pilot-target-asked = --target
pilot-target-pilots = the level of the communes already piloted
pilot-target-ready = the level of the most ready commune
pilot-rule-replicate = replicating: communes below { $level } ({ $from }), closest first
pilot-rule-gates = gates: { $gates }
pilot-rule-spread = spread over { $column }
pilot-rule-cover = cover every { $column }
pilot-rule-candidates = { $candidates } of { $communes } communes are candidates
pilot-order-readiness = most ready first
pilot-order-need = weakest first
pilot-waves-title = Rollout waves (at most { $per_wave } communes each, { $order })
pilot-waves-title-capped = Rollout waves (at most { $per_wave } communes each, { $order }, at most { $count } per { $column })
# "; 3 district: d1, d2, d3 and 2 more" after a wave line
pilot-wave-touches = ; { $count } { $column }: { $values }{ $more }
pilot-wave-more = {" "}and { $count } more
pilot-waves-empty = { $asked } waves asked; every commune fits in the first { $built }, so the rest stay empty.
pilot-none = none
pilot-error-unknown-gate = gate '{ $gate }' names '{ $name }', which is not { $builtin }, a pillar or a group column (pillars: { $pillars }; groups: { $groups }){ $hint }
pilot-error-text-for-number = gate '{ $gate }' compares a number with text; give a number
pilot-error-unknown-level = '{ $text }' names no level; the levels are: { $levels }
pilot-error-out-of-range = gate '{ $gate }': { $name } runs from { $low } to { $high }
pilot-error-unknown-value = gate '{ $gate }': no commune has { $name } '{ $value }'; the values are: { $values }{ $hint }
pilot-error-unknown-column = { $option } '{ $column }' is not a group column; the criteria's groups are: { $known }{ $hint }
# $at is "file:line: " when the name came from --exclude-file
pilot-error-unknown-commune = { $at }--exclude: no commune has the id or name '{ $text }'{ $hint }
pilot-error-ambiguous = { $at }--exclude: '{ $text }' names { $count } communes; give one of their ids: { $ids }
pilot-error-not-yes-no = commune '{ $id }': { $column } is '{ $value }'; write yes or no (có/không, 1/0, or leave it empty)
pilot-error-no-candidates = no commune of { $total } is a candidate: { $parts }
pilot-error-gate-excluded = '{ $gate }' excluded { $count }
pilot-error-removed = { $count } excluded or already piloted
pilot-error-unscored = { $count } without an overall score
pilot-error-below-target = only communes below level { $level } are looked at
pilot-error-no-scores = no commune has an overall score, so none can be chosen
pilot-count-over-per-wave = --count { $count } exceeds --per-wave { $per_wave }; wave 1 holds the pilots
pilot-target-needs-replicate = --target goes with --mode replicate, not --mode ready
pilot-per-group-needs-spread = --per-group-wave needs a --spread column (or the criteria's pilot.spread)

## compare
## dtm compare: choosing the two periods of one file (analysis/compare/periods.rs gives the facts)

compare-periods-mixed = the periods { $periods } are written in mixed forms, so the two latest cannot be told; name them with --from and --to
compare-periods-none = the data have no period column; compare needs two periods, or two files OLD NEW
compare-periods-one = the data have only the period { $periods }; compare needs two periods, or two files OLD NEW
compare-one-of-from-to = give both --from and --to, or neither (the two latest periods)

## report
## Display names of the well-known group columns (report/words.rs group_header); English shows
## the column names themselves. Machine formats always keep the column names.

report-group-district = district
report-group-former-district = former_district
report-group-kind = kind
# The kinds of the criteria tree's nodes in the workbook's method sheet
report-kind-pillar = pillar
report-kind-group = group
report-kind-indicator = indicator
# Over the list of changes since the previous period: all of it, or its two ends
report-changes-all = All { $total } communes in both periods, by change in overall score.
report-changes-ends = The { $top } communes with the { $high } in overall score and the { $bottom } with the { $low }, of { $total } in both periods.
report-changes-largest-rises = largest rises
report-changes-smallest-falls = smallest falls
report-changes-highest = highest changes
report-changes-largest-falls = largest falls
report-changes-smallest-rises = smallest rises
report-changes-lowest = lowest changes

## errors and findings

finding-error = error
finding-warning = warning
finding-at = {" "}(at { $path })
# 'a', 'b' or 'c'
finding-choices = { $first } or { $last }
finding-data-given = this is a survey data file (.{ $extension }), not criteria; to check data against criteria, run 'dtm check CRITERIA --data { $file }'
finding-constant = indicator '{ $id }': all { $count } communes have the same value, so its relative scale gives every one 100; it does not discriminate
finding-constant-in-period = indicator '{ $id }': all { $count } communes in period { $period } have the same value, so its relative scale gives every one 100; it does not discriminate
# What a cell is, after "column 'x': 'VALUE' is …"
finding-cell = column '{ $column }': '{ $value }' is { $reason }
cell-thousands = not a number: thousands separators are not accepted (write 1234.5, not 1,234.5 or 1.234,5)
cell-comma-delimiter = not a number: this file's delimiter is a comma, so decimals take a point (85.5); thousands separators are not accepted
cell-not-finite = not a finite number (NaN, infinity or too large)
cell-not-a-number = not a number
cell-not-yes-no = not a yes/no answer (yes: { $yes }; no: { $no })
cell-not-a-category = not one of the categories: { $labels }
cell-out-of-range = outside the indicator's range [{ $low }, { $high }]
finding-short-row = the row has { $fields } fields but the header has { $width }; add the missing fields (empty ones are fine){ $hint }
finding-long-row = the row has values in { $fields } fields but the header names only { $width } columns; check for an unquoted delimiter{ $hint }
finding-row-spans-lines = ; a field of this row spans lines: is a quote left open?
finding-empty-id = column '{ $column }': the row has no commune id
finding-empty-period = column '{ $column }': the row for '{ $id }' has no period
finding-invisible-character = column '{ $column }': '{ $value }' holds the invisible character { $character }, so it would print like another value; delete it
finding-look-alike-period = column '{ $column }': periods '{ $one }' (first at { $file }:{ $line }) and '{ $other }' are two spellings of one period; write it one way
finding-duplicate-id = column '{ $column }': commune id '{ $id }' appears twice: first at { $file }:{ $line }, again here; ids must be unique
finding-duplicate-id-in-period = column '{ $column }': commune id '{ $id }' appears twice in period '{ $period }': first at { $file }:{ $line }, again here; ids must be unique
finding-invisible-column = the header's column '{ $column }' holds the invisible character { $character }; delete it so the name is what it looks like
finding-duplicate-column = the header names column '{ $column }' more than once; rename or remove one
finding-header-missing = column '{ $column }' of '{ $first }' is missing from this file; files read together must have the same columns
finding-header-extra = column '{ $column }' is not in '{ $first }'; files read together must have the same columns
finding-spreadsheet-as-csv = this is a spreadsheet (XLSX, XLS or ODS), not CSV text; give the file its .xlsx, .xls or .ods extension
finding-not-utf8-legacy = the file is not valid UTF-8; if it is a legacy Vietnamese export, read it with --encoding windows-1258 (or re-save it as UTF-8)
finding-not-utf8 = the file is not valid UTF-8
finding-not-encoding = the file is not valid { $encoding } text; check --encoding
finding-nul = the file contains NUL characters: it may be UTF-16 without a byte-order mark; re-save it as UTF-8 or read it with --encoding utf-16le
# The parser's own explanation follows; it is in English.
finding-csv-unparsable = could not parse the CSV: { $error }
finding-no-header = the file is empty: it has no header line
finding-row-too-long = the row holds { $bytes } bytes of text, more than the 4 GiB a row may hold; is a quote left open?

## microdata rows and headers (rollup/)

cell-negative-weight = a negative weight; weights are 0 or more
finding-microdata-no-key = column '{ $column }': the row has no key
finding-microdata-short-row = the row has { $fields } fields but the header has { $width }; a truncated last line, or missing fields (empty ones are fine)
finding-microdata-missing-column = the microdata have no column '{ $column }' ({ $role } of rollup '{ $rollup }'); the header has: { $listed }
rollup-role-key = the key
rollup-role-weight = the weight
rollup-role-measure = read by measure '{ $measure }'
finding-microdata-period-mismatch = some microdata files have the period column '{ $column }' and others do not; give every file the same columns
finding-csv-header-unparsable = could not parse the CSV header: { $error }
finding-header-not-utf8 = the header is not valid UTF-8; if it is a legacy Vietnamese export, read it with --encoding windows-1258

finding-unbalanced-quote = unbalanced quote opened at line { $line }, column { $column }: the field runs on over { $swallowed }; close the quote or remove it
finding-quote-header = the header's line end
finding-quote-rest = the rest of the file
finding-quote-lines = the following lines
role-id = the commune id column
role-name = the commune name column
role-group = a group column
role-period = the period column
role-indicator = the column of indicator '{ $id }'
finding-missing-column = column '{ $column }' ({ $role }) is not in the data; the data has columns { $listed }{ $more }{ $hint }
finding-missing-column-none = column '{ $column }' ({ $role }) is not in the data, which has no named columns{ $listed }{ $more }{ $hint }
finding-and-more = {" "}and { $count } more
finding-did-you-mean = ; did you mean '{ $suggestion }'?
error-note = note
error-caused-by = caused by
error-read-criteria = could not read criteria file '{ $file }'
error-criteria-invalid = the criteria have { $count ->
    [one] { $count } error
   *[other] { $count } errors
}; run 'dtm check' on them
error-no-data-file = give at least one data file, or - for standard input
error-lenient = --lenient turned { $count ->
    [one] { $count } unreadable value
   *[other] { $count } unreadable values
} into missing ones:
error-lenient-value = {"  "}{ $file }:{ $line }: commune '{ $id }', column '{ $column }': '{ $value }' ({ $reason })
error-data-invalid = the data have { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; nothing was scored
error-hidden = … and { $count ->
    [one] { $count } more problem
   *[other] { $count } more problems
} not shown
error-format-unknown-extension = '{ $file }' does not say which format to write; name the file .csv, .json, .md, .html or .xlsx (as the command offers), or give --format
error-format-contradicts = --format { $asked } contradicts the extension of '{ $file }' ({ $implied }); change one of them
error-format-from-extension = {" "}(from the extension of '{ $file }')
error-format-not-offered = this command does not write '{ $format }'{ $from }; choose one of: { $choices }
error-no-input = no data file given
error-read-file = could not read '{ $file }': { $reason }
error-units-no-id = the units file has no column '{ $id }' (nor 'code'); its columns are: { $columns }
error-read-units = could not read the units file: { $finding }
error-score-previous = could not score the previous period '{ $period }'
error-read-exclusions = could not read the exclusion file '{ $file }'
error-create-file = could not create '{ $file }'
error-write-file = could not write '{ $file }'
error-read-crosswalk = could not read crosswalk file '{ $file }' (give a CSV file, or { $builtin } for the built-in map)
error-threads = could not start the worker threads: { $reason }
error-unknown-encoding = unknown encoding '{ $label }'; use a WHATWG label such as windows-1258, utf-16le or utf-8
error-unknown-sheet = '{ $file }' has no sheet named '{ $name }'; its sheets are: { $sheets }
# English prints the operating system's own text for I/O errors; these are for the other languages.
error-io-not-found = No such file or directory
error-io-permission = Permission denied
error-io-directory = Is a directory
error-io-exists = File exists
error-io-full = No space left on device
error-io-invalid-data = Invalid data
# Command-line errors (cli/usage.rs): clap's own words, for languages other than English.
usage-value-missing = a value is required for '{ $arg }' but none was supplied
usage-possible = [possible values: { $values }]
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'{ $possible }
usage-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
usage-filter-form = expected COL=VALUE, e.g. kind=xã; got '{ $value }'
usage-microdata-form = expected NAME=FILE, e.g. households=households.csv; got '{ $value }'
usage-spread-range = '{ $value }' is not a number from 0 to below 1 (a weight must stay positive)
usage-profiles-form = expected a number from 0 to 100000 or 'all'; got '{ $value }'
usage-not-a-whole-number = not a whole number
usage-not-a-number = not a number
usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-command = unrecognized subcommand '{ $command }'
usage-missing-argument = the following required arguments were not provided: { $arg }
usage-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
usage-missing-command = a command is required
usage-values-count = wrong number of values for '{ $arg }'
usage-tip = tip: did you mean { $suggestion }?
usage-usage = Usage: { $usage }
usage-more = For more information, try '--help'.
# Criteria findings (criteria/reader.rs): what was expected and what was found.
finding-wrong-type = expected { $expected }, found { $found }{ $hint }
finding-remove-quotes = ; remove the quotes
found-text = the text '{ $text }'
found-number = the number { $number }
found-list = a list of { $count } items
yaml-nothing = nothing
yaml-bool = a yes/no value
yaml-number = a number
yaml-text = text
yaml-list = a list
yaml-mapping = a mapping
expect-mapping = a mapping with keys such as { $keys }
expect-number = a number
expect-whole-number = a whole number (0 or more)
expect-column-list = a list of column names
expect-text-map = text, or a map of language to text ({"{"} en: …, vi: … {"}"})
expect-one-of = one of { $choices }
finding-duplicate-key = '{ $key }' appears twice in this mapping (first at line { $line }); keep one
finding-unknown-key = unknown key '{ $key }'; { $hint }
finding-key-did-you-mean = did you mean '{ $suggestion }'?
finding-expected-one-of = expected one of { $choices }
finding-missing-key = missing '{ $key }': { $what }
finding-not-a-choice = '{ $value }' is not one of { $choices }{ $hint }
finding-choice-did-you-mean = {" "}(did you mean '{ $suggestion }'?)
finding-invalid-id = id '{ $id }' must be non-empty and made of letters, digits, '_', '-' or '.'{ $hidden }
finding-id-invisible = {" "}(it holds the invisible character { $character })
finding-duplicate-node-id = duplicate id '{ $id }' (first defined at line { $line }); ids must be unique across pillars, groups and indicators
finding-reserved-output = '{ $id }' is a column dtm writes itself
finding-reserved-group = '{ $id }' is also a group column of the entity
finding-reserved-suffix = dtm writes a column '{ $id }' for '{ $stem }'
finding-reserved-id = id '{ $id }' clashes with an output column: { $clash }; rename it (the names taken are { $taken }, group columns and <pillar>{ $suffixes })
finding-gate-text = gate '{ $gate }' compares '{ $name }' with the text '{ $text }'; give a number
finding-gate-unknown = gate '{ $gate }' names '{ $name }', which is not a pillar, 'overall', 'coverage', 'level' or a group column{ $hint }; known: { $known }
finding-weights-sum = the weights of these { $what } look like shares but sum to { $sum }; they are normalised to sum 1, so write shares that sum to 1 or whole numbers
finding-siblings-groups = groups
finding-siblings-indicators = indicators
finding-siblings-pillars = pillars
finding-tiny-weight = indicator '{ $id }' carries { $percent } % of the index; it can hardly move any score — raise its weight or drop it
finding-relative-scale = indicator '{ $id }' uses a relative scale, so its scores in different periods ('{ $period }') are not comparable; prefer goalposts
finding-shared-column = indicators '{ $first }' and '{ $id }' both read column '{ $column }'
expect-categories = a mapping of label to score, e.g. {"{"} none: 0, active: 100 {"}"}
expect-gates = a list of gates such as "government >= 50"
expect-goalposts = goalposts [worst, best]
expect-levels = a list of levels, each with 'min' and 'name'
expect-measures = a mapping of column name to measure
expect-nodes = a list of nodes, each with an id
expect-range = a range [low, high]
expect-rollups = a list of rollups
expect-step = a [threshold, score] pair
expect-steps = a list of [threshold, score] pairs
finding-empty-list = this list needs at least one entry
what-entity = say which columns identify a commune, e.g. 'entity: {"{"} id: commune_code {"}"}'
what-entity-id = the column that holds each commune's unique code
what-format = start the file with 'dtm: 1', the format version
what-id = name this indicator set, e.g. 'id: vn-commune-2025'
what-indicator-id = every indicator needs an id
what-level-min = the score at which this level starts
what-level-name = the level's name, e.g. {"{"} en: Advanced, vi: Tiên tiến {"}"}
what-levels = list the maturity levels, starting at 'min: 0'
what-node-id = every pillar and group needs an id
what-pillars = list the pillars of the index
what-rollup-key = the microdata column that matches entity.id
what-rollup-measures = the columns to compute, e.g. '{"{"} households_surveyed: count {"}"}'
what-rollup-name = name the microdata set, e.g. 'households'
what-scale = how raw values become scores, e.g. 'scale: {"{"} goalpost: [0, 100] {"}"}'
what-title = give the indicator set a title
expect-indicators = a list of indicators
finding-no-indicator = a node needs at least one indicator
finding-weight-not-positive = weight { $weight } must be positive; remove the node to leave it out
finding-weight-too-large = weight { $weight } is above { $max }; weights are relative, so write smaller numbers in the same proportions
finding-min-coverage = min_coverage { $share } must be a share between 0 and 1 (0.7 means 70 %)
finding-invalid-range = range [{ $low }, { $high }] must be written [low, high] with low < high
finding-goalpost-outside = goalpost { $post } lies outside the indicator's range [{ $low }, { $high }]; no valid value could reach it
finding-goalposts-equal = goalposts [{ $post }, { $post }] are equal; write [worst, best] with two different values (best < worst when lower is better)
finding-steps-rise = step thresholds must strictly rise from worst to best, but { $next } follows { $previous }; sort the steps
finding-steps-fall = step thresholds must strictly fall from worst to best, but { $next } follows { $previous }; sort the steps
finding-step-scores-fall = step scores must not fall from worst to best, but { $next } follows { $previous }
finding-number-too-large = { $what } of { $number } is beyond ±{ $max }; write the indicator in a unit that keeps its numbers smaller
finding-range-end = a range end
finding-a-goalpost = a goalpost
finding-step-threshold = a step threshold
finding-category-score = category score { $score } is outside [0, 100]
finding-step-score = step score { $score } is outside [0, 100]
finding-format-version = format version { $version } is not supported; this dtm reads 'dtm: { $supported }'
finding-first-level = the first level must start at 'min: 0' so that every score has a level, not at { $min }
finding-levels-ascend = levels must ascend: min { $min } does not exceed the previous level's { $previous }; sort them
finding-level-range = level min { $min } is outside the score range [0, 100]
# The YAML parser's own explanation follows; it is in English.
finding-yaml-syntax = { $detail }
finding-yaml-too-many = the document expands to too many values (an alias bomb?); a criteria file needs far fewer
finding-yaml-not-utf8 = the file is not valid UTF-8 (byte 0x{ $byte }); save it as UTF-8
finding-empty-criteria = the file is empty; a criteria file starts with 'dtm: 1'
finding-node-both = a node holds either 'indicators' or 'groups', not both; move the indicators into a group
finding-node-neither = a node needs 'indicators' or 'groups' below it
finding-choice-list = { $choices }
finding-no-groups = none
finding-unknown-group = '{ $column }' is not a group column; entity.groups has { $groups }{ $hint }
finding-clash-entity = the entity column of the same name
finding-clash-measure = another measure of the same name
finding-measure-clash = measure '{ $measure }' clashes with { $clash }; rename it
finding-measure-kind = a measure is 'count' or exactly one of {"{"} share: COLUMN {"}"}, {"{"} mean: COLUMN {"}"}, {"{"} sum: COLUMN {"}"}, {"{"} median: COLUMN {"}"}, {"{"} min: COLUMN {"}"}, {"{"} max: COLUMN {"}"}
finding-scale-direction = write '{"{"} { $kind }: higher {"}"}' or '{"{"} { $kind }: lower {"}"}'
finding-scale-kinds = expected 'boolean' or a mapping with one of { $kinds }
finding-unknown-scale = unknown scale '{ $scale }'; { $hint }
finding-scale-one-kind = a scale has exactly one kind: goalpost, minmax, percentile, boolean, categories or steps
finding-duplicate-label = label '{ $label }' is given twice (labels match case-insensitively)
finding-no-steps = steps need at least one [threshold, score] pair
gate-form = a gate needs the form NAME OP VALUE, e.g. 'government >= 50'; got '{ $gate }'
gate-no-name = gate '{ $gate }' has no name before its operator
gate-no-value = gate '{ $gate }' has no value after its operator
gate-operator = gate '{ $gate }' has the operator '{ $found }'; did you mean '{ $wanted }'?
# The spreadsheet reader's own explanation follows; it is in English.
finding-sheet-unreadable = could not read the spreadsheet: { $error }
finding-no-sheets = the workbook has no sheets
finding-empty-sheet = sheet '{ $sheet }' is empty: it has no header row{ $hint }
finding-other-sheets = ; the workbook's other sheets are { $sheets }: choose one with --sheet
finding-formula-without-value = formula without a computed value at { $cell }; open and save the file in Excel/LibreOffice so that it stores the results
finding-xls-is-zip = this .{ $extension } file is an XLSX or ODS workbook, not Excel 97–2003: rename it .xlsx (or .ods)
finding-zip-is-xls = this .{ $extension } file is an Excel 97–2003 workbook: rename it .xls
finding-too-large = the workbook would decompress to { $used } MiB or more, beyond dtm's budget of { $budget } MiB for this file ({ $ratio }× its size, at least { $floor } MiB, at most { $max } MiB); split the workbook or save the sheet as CSV
finding-markup-not-sheet = this .{ $extension } file is text (HTML or XML), not a spreadsheet: open it in Excel or LibreOffice and save it as .xlsx or .csv
finding-text-not-sheet = this .{ $extension } file is text, not a spreadsheet: rename it .csv
finding-not-a-sheet = this .{ $extension } file is not a spreadsheet (it is neither a ZIP nor an OLE workbook); save it again as .xlsx or .csv
crosswalk-no-part = new unit '{ $unit }' gets no part of any old unit (every share is 0); list it with part = none if it has none
crosswalk-share-sum = the shares of old unit '{ $unit }' sum to { $sum }, not 1; its data count with these shares
crosswalk-unknown-code = commune '{ $id }' is not an old unit of the crosswalk '{ $crosswalk }'; check its code, or add it to the crosswalk
crosswalk-no-weight-column = the data have no column '{ $column }' to weight by
crosswalk-bad-weight = commune '{ $id }' has weight '{ $weight }'; a --crosswalk-weight value must be a positive number
crosswalk-not-utf8 = the crosswalk is not UTF-8 text
# The CSV reader's own explanation follows; it is in English.
crosswalk-bad-header = unreadable header: { $error }
crosswalk-bad-row = unreadable row: { $error }
crosswalk-no-column = the crosswalk has no '{ $column }' column; it needs old_code and new_code
crosswalk-no-new-code = row without a new code (old code '{ $old }')
crosswalk-no-old-unit = new unit '{ $new }' has no old unit; give its old code, or list it as having none with part = none
crosswalk-duplicate-pair = old unit '{ $old }' is mapped to new unit '{ $new }' twice (first at line { $line })
crosswalk-bad-share = share '{ $share }' of old unit '{ $old }' in new unit '{ $new }' is not a number from 0 to 1
crosswalk-no-rows = the crosswalk has no rows
crosswalk-invalid = the crosswalk '{ $map }' has { $count ->
    [one] { $count } error
   *[other] { $count } errors
}; nothing was restated
crosswalk-misfit = the data do not fit the crosswalk ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
}); nothing was restated
finding-microdata-spreadsheet = this is a spreadsheet, not CSV text: microdata are read as CSV (or .csv.gz); export the sheet as CSV
error-overwrite-input = -o '{ $output }' is the input file '{ $input }'; writing would destroy it. Choose another output file
error-unknown-period = period '{ $period }' is not in the data; periods present: { $present }
error-no-periods = none (the data have no period column)
error-unordered-periods = the periods { $periods } are not all numbers, year-months (2024-9), year-quarters (Q4-2024) or ISO dates of one form, so dtm will not guess which is the latest; name one with --period
compare-no-data = give one data file with periods, or files OLD... NEW
template-no-period-column = --period: the criteria have no period column
sensitivity-unknown-by = --by '{ $by }' is not a pillar, group or indicator of the criteria
error-no-microdata-file = give at least one microdata file, or - for standard input
error-open-output = could not open output file '{ $file }'
error-create-output = could not create output file '{ $file }'

## check

check-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
check-unreadable = {" "}({ $count } could not be read)
check-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
check-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
check-denied = ; --deny-warnings
check-counts = { $errors }, { $warnings }{ $denied }
# "checked 2 files: ok (0 errors, 0 warnings)"
check-summary = checked { $files }: { $verdict } ({ $counts })
check-ok = ok
check-passed-with-warnings = passed with warnings
check-failed = failed
check-hidden = … and { $count ->
    [one] { $count } more data problem
   *[other] { $count } more data problems
} not shown (--format json lists them all)
check-header-node = node
check-header-name = name
check-header-weight = weight
check-header-in-index = in index
check-header-scale = scale
check-header-column = column
scale-goalpost-rising = { $worst } or less → 0, { $best } or more → 100
scale-goalpost-falling = { $worst } or more → 0, { $best } or less → 100
scale-minmax = linear from the lowest to the highest observed ({ $better })
scale-percentile = percentile rank among communes ({ $better })
scale-higher-better = higher is better
scale-lower-better = lower is better
scale-boolean = yes → 100, no → 0
scale-category = { $label } → { $score }
scale-steps-below = below all steps → 0
scale-step-rising = ≥ { $threshold } → { $score }
scale-step-falling = ≤ { $threshold } → { $score }
check-unreadable-files = { $count } files could not be read
