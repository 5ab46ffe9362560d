//! Snapshots of the renderers of `score` and `profile`, in English and Vietnamese, from one small
//! assessment (review changes with `cargo insta review`).

use super::columns::Width;
use super::model::{self, Commune};
use super::profile::{self, Profile};
use super::ranking::{self, Ranking};
use super::{Lang, i18n::Arg};
use crate::analysis::gaps;
use crate::criteria::{Criteria, Text};
use crate::data::Dataset;
use crate::score::Assessment;
use crate::score::testkit::{Row, criteria, dataset, n, node, percent, run};

fn fixture() -> (Criteria, Dataset) {
    let mut government = node(
        "government",
        vec![percent("online_dossier_pct"), percent("portal_pct")],
    );
    government.name = Some(Text::Translated(
        [("en", "Digital government"), ("vi", "Chính quyền số")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into(),
    ));
    let mut society = node("society", vec![percent("smartphone_pct")]);
    society.name = Some(Text::Translated(
        [("en", "Digital society"), ("vi", "Xã hội số")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into(),
    ));
    let c = criteria(vec![government, society]);
    let mut d = dataset(vec![
        Row(
            "27691",
            "Thành phố Tân An",
            "phường",
            "",
            vec![n(96.3), n(90.0), n(88.0)],
        ),
        Row(
            "28159",
            "Huyện Cần Giuộc",
            "thị trấn",
            "",
            vec![n(70.0), n(40.0), n(55.5)],
        ),
        Row(
            "28240",
            "Huyện Châu Thành",
            "xã",
            "",
            vec![n(20.0), None, n(30.0)],
        ),
    ]);
    for (entity, name) in
        d.entities
            .iter_mut()
            .zip(["Phường 4", "Thị trấn Cần Giuộc", "Xã Long Trì"])
    {
        entity.name = name.to_owned();
    }
    (c, d)
}

fn ranking<'a>(c: &'a Criteria, d: &'a Dataset, a: &'a Assessment, lang: Lang) -> Ranking<'a> {
    let run = model::run(c, a, lang);
    let columns = ranking::default_columns(&run, false, false);
    let rows = a.entities.iter().map(|e| (e.rank, e)).collect();
    Ranking {
        run,
        rows,
        describer: model::Describer::new(c, d, a, lang),
        columns,
        detail: false,
        wide: false,
        lang,
        color: false,
        width: Width::Fit(80),
    }
}

fn render<T>(
    report: &T,
    renderer: fn(&T, &mut dyn std::io::Write) -> std::io::Result<()>,
) -> String {
    let mut out = Vec::new();
    match renderer(report, &mut out) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(error) => panic!("render failed: {error}"),
    }
}

#[test]
fn score_renderers() {
    let (c, d) = fixture();
    let a = run(&c, &d);
    for lang in Lang::ALL {
        let report = ranking(&c, &d, &a, lang);
        insta::assert_snapshot!(
            format!("score_table_{}", lang.code()),
            render(&report, ranking::table)
        );
        insta::assert_snapshot!(
            format!("score_markdown_{}", lang.code()),
            render(&report, ranking::markdown)
        );
    }
    let report = ranking(&c, &d, &a, Lang::En);
    insta::assert_snapshot!("score_csv", render(&report, ranking::csv));
    // Rows written a slice at a time on every core: the same bytes.
    let whole = render(&report, ranking::csv);
    assert!(whole.lines().count() > 3, "{whole}");
    let by_one: fn(&Ranking<'_>, &mut dyn std::io::Write) -> std::io::Result<()> =
        |ranking, out| ranking::csv_in_slices(ranking, out, 1);
    let by_two: fn(&Ranking<'_>, &mut dyn std::io::Write) -> std::io::Result<()> =
        |ranking, out| ranking::csv_in_slices(ranking, out, 2);
    assert_eq!(render(&report, by_one), whole);
    assert_eq!(render(&report, by_two), whole);
    insta::assert_snapshot!("score_json", render(&report, ranking::json));
}

fn profile_of<'a>(
    c: &'a Criteria,
    d: &'a Dataset,
    a: &'a Assessment,
    gaps: &'a gaps::Gaps,
    id: &str,
    lang: Lang,
) -> Profile<'a> {
    let entity = a.entity(id).unwrap_or_else(|| panic!("{id} scored"));
    let commune: Commune<'a> = model::commune(c, d, a, entity, Some(gaps), lang);
    Profile {
        run: model::run(c, a, lang),
        commune,
        gaps,
        lang,
        width: Width::Fit(80),
    }
}

#[test]
fn profile_renderers() {
    let (c, d) = fixture();
    let a = run(&c, &d);
    let entity = a.entity("28159").unwrap_or_else(|| panic!("scored"));
    let found = gaps::gaps(&c, &a, entity);
    for lang in Lang::ALL {
        let report = profile_of(&c, &d, &a, &found, "28159", lang);
        insta::assert_snapshot!(
            format!("profile_table_{}", lang.code()),
            render(&report, profile::table)
        );
    }
    let report = profile_of(&c, &d, &a, &found, "28159", Lang::Vi);
    insta::assert_snapshot!("profile_markdown_vi", render(&report, profile::markdown));
    insta::assert_snapshot!("profile_json_vi", render(&report, profile::json));
    insta::assert_snapshot!("profile_csv", render(&report, profile::csv));
}

#[test]
fn the_catalogue_fills_counts() {
    let args: [(&str, Arg<'_>); 1] = [("count", 2.into())];
    assert_eq!(super::t(Lang::En, "summary-communes", &args), "2 communes");
}

#[test]
fn compare_renderers() {
    use super::compare::{self as render, CompareReport, Side};
    use crate::score::{ScoreOptions, assess};
    let (c, _) = fixture();
    let mut d = dataset(vec![
        Row(
            "27691",
            "Thành phố Tân An",
            "phường",
            "2023",
            vec![n(80.0), n(70.0), n(60.0)],
        ),
        Row(
            "28159",
            "Huyện Cần Giuộc",
            "thị trấn",
            "2023",
            vec![n(50.0), n(40.0), n(55.5)],
        ),
        Row(
            "27691",
            "Thành phố Tân An",
            "phường",
            "2024",
            vec![n(96.3), n(90.0), n(88.0)],
        ),
        Row(
            "28159",
            "Huyện Cần Giuộc",
            "thị trấn",
            "2024",
            vec![n(70.0), n(40.0), n(50.0)],
        ),
        Row(
            "28240",
            "Huyện Châu Thành",
            "xã",
            "2024",
            vec![n(20.0), None, n(30.0)],
        ),
    ]);
    for entity in &mut d.entities {
        entity.name = format!("Xã {}", entity.id);
    }
    let side = |period: &str| {
        let options = ScoreOptions {
            period: Some(period.to_owned()),
        };
        assess(&c, &d, &options).unwrap_or_else(|error| panic!("{error}"))
    };
    let (before, after) = (side("2023"), side("2024"));
    let comparison = crate::analysis::compare::compare(&before, &after);
    for lang in Lang::ALL {
        let report = CompareReport {
            comparison: &comparison,
            before: ("2023".to_owned(), model::run(&c, &before, lang)),
            after: ("2024".to_owned(), model::run(&c, &after, lang)),
            sides: (
                Side::new(&c, &d, &before, lang),
                Side::new(&c, &d, &after, lang),
            ),
            lang,
            width: Width::Fit(80),
        };
        let code = lang.code();
        insta::assert_snapshot!(
            format!("compare_table_{code}"),
            render(&report, render::table)
        );
        if lang == Lang::En {
            insta::assert_snapshot!("compare_csv", render(&report, render::csv));
            insta::assert_snapshot!("compare_json", render(&report, render::json));
        }
    }
}
