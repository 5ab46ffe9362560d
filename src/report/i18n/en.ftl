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
# "crosswalk vn-2025: 10599 rows; old units 10047 → new units 3321; …"
crosswalk-summary = crosswalk { $map }: { $rows } rows; old units { $old } → new units { $new }; old units split: { $split }; new units with no old unit: { $none }
