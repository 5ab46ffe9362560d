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

## Notes on what was scored (report/notes.rs)

common-note-synthetic = Note: synthetic data — { $count } of { $total } communes scored here have generated values (their 'synthetic' column says yes); do not quote them as facts.
common-note-synthetic-one = Note: synthetic data — this commune's values are generated (its 'synthetic' column says yes); do not quote them as facts.
common-note-unranked = { $count ->
    [one] Note: { $count } commune has no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked); it is listed last.
   *[other] Note: { $count } communes have no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked); they are listed last.
}
common-note-unranked-one = Note: this commune has no overall score, level or rank because a pillar has too little data to score (missing_pillar: unranked).
