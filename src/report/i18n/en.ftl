# dtm's messages in English. Keys and variables must match vi.ftl (see src/report/i18n.rs).

## The one line every table and Markdown output starts with

# "vn-commune-2025 v2025.1 · period 2025 · 12 communes · Level 1: 3, Level 2: 9"
summary-criteria = criteria { $id } { $version }
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
common-legend = Columns: { $columns }

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
