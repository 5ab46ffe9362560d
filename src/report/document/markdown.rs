//! The report as Markdown: the same sections as the HTML page, tables instead of charts, so that it
//! renders on GitHub and in any Markdown viewer.

use std::io::{self, Write};

use super::{Document, Score};

/// A table cell: `|` and line breaks would break the table.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

fn row(out: &mut dyn Write, cells: &[String]) -> io::Result<()> {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    writeln!(out, "| {} |", cells.join(" | "))
}

fn header(out: &mut dyn Write, cells: &[String], numeric: &[bool]) -> io::Result<()> {
    row(out, cells)?;
    let rule: Vec<&str> = numeric
        .iter()
        .map(|&n| if n { "---:" } else { "---" })
        .collect();
    writeln!(out, "|{}|", rule.join("|"))
}

fn texts(scores: &[Score]) -> Vec<String> {
    scores.iter().map(|s| s.text.clone()).collect()
}

pub fn render(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    writeln!(out, "# {}\n", document.title)?;
    writeln!(out, "{}\n", document.subtitle)?;
    writeln!(out, "{}\n", document.headline)?;
    for banner in &document.banners {
        writeln!(out, "> **{banner}**\n")?;
    }
    writeln!(out, "## {}\n", labels.get("summary"))?;
    for figure in &document.summary.figures {
        writeln!(out, "- **{}** {}", figure.value, figure.label)?;
    }
    writeln!(out)?;
    for paragraph in &document.summary.paragraphs {
        writeln!(out, "{paragraph}\n")?;
    }
    ranking(document, out)?;
    levels(document, out)?;
    pilot(document, out)?;
    changes(document, out)?;
    sensitivity(document, out)?;
    profiles(document, out)?;
    quality(document, out)?;
    method(document, out)?;
    writeln!(out, "---\n\n{}", labels.get("footer"))
}

fn ranking(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    writeln!(out, "## {}\n", labels.get("ranking"))?;
    let legend: Vec<String> = document
        .pillars
        .iter()
        .map(|p| format!("**{}** = {}", p.short, p.name))
        .collect();
    writeln!(out, "{}\n", legend.join(" · "))?;
    let mut head = vec![
        labels.get("rank").to_owned(),
        labels.get("commune").to_owned(),
    ];
    head.extend(document.group_headers());
    head.push(labels.get("overall").to_owned());
    head.push(labels.get("level").to_owned());
    head.extend(document.pillars.iter().map(|p| p.short.clone()));
    head.push(labels.get("coverage").to_owned());
    let groups = document.group_columns.len();
    let mut numeric = vec![true, false];
    numeric.extend(std::iter::repeat_n(false, groups));
    numeric.extend([true, false]);
    numeric.extend(std::iter::repeat_n(true, document.pillars.len() + 1));
    header(out, &head, &numeric)?;
    for r in &document.ranking {
        let name = if r.note.is_empty() {
            r.name.clone()
        } else {
            format!("{} ({})", r.name, r.note)
        };
        let mut cells = vec![r.rank_text.clone(), name];
        cells.extend(r.groups.iter().cloned());
        cells.push(r.overall.text.clone());
        cells.push(r.level_name.clone());
        cells.extend(texts(&r.pillars));
        cells.push(r.coverage_text.clone());
        row(out, &cells)?;
    }
    writeln!(out)
}

fn levels(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    writeln!(out, "## {}\n", labels.get("levels"))?;
    let head = ["level", "from_score", "communes", "share"].map(|l| labels.get(l).to_owned());
    header(out, &head, &[false, true, true, true])?;
    for level in &document.levels {
        let cells = [
            level.name.clone(),
            level.min.clone(),
            level.count.to_string(),
            level.percent_text.clone(),
        ];
        row(out, &cells)?;
    }
    writeln!(out)?;
    for group in &document.level_groups {
        let column = document.group_header(&group.column);
        writeln!(out, "### {} {column}\n", labels.get("levels_by"))?;
        let mut head = vec![column, labels.get("communes").to_owned()];
        head.extend(document.levels.iter().map(|l| l.name.clone()));
        head.push(labels.get("unranked").to_owned());
        let mut numeric = vec![false];
        numeric.extend(std::iter::repeat_n(true, head.len() - 1));
        header(out, &head, &numeric)?;
        for r in &group.rows {
            let mut cells = vec![r.value.clone(), r.total.to_string()];
            cells.extend(r.counts.iter().map(usize::to_string));
            cells.push(r.unranked.to_string());
            row(out, &cells)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn pilot(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    let Some(pilot) = &document.pilot else {
        return Ok(());
    };
    writeln!(out, "## {}\n\n{}\n", labels.get("pilot"), pilot.intro)?;
    for (title, why, picks) in [
        ("pilot_picks", "why", &pilot.picks),
        ("pilot_runners_up", "why_not", &pilot.runners_up),
    ] {
        if picks.is_empty() {
            continue;
        }
        writeln!(out, "### {}\n", labels.get(title))?;
        let mut head = vec![labels.get("commune").to_owned()];
        head.extend(document.group_headers());
        head.extend(["overall", "level", why].map(|l| labels.get(l).to_owned()));
        let mut numeric = vec![false; head.len()];
        numeric[head.len() - 3] = true;
        header(out, &head, &numeric)?;
        for pick in picks {
            let mut cells = vec![pick.name.clone()];
            cells.extend(pick.groups.iter().cloned());
            cells.extend([
                pick.overall.text.clone(),
                pick.level_name.clone(),
                pick.reasons.join("; "),
            ]);
            row(out, &cells)?;
        }
        writeln!(out)?;
    }
    for note in &pilot.notes {
        writeln!(out, "_{note}_\n")?;
    }
    if !pilot.waves.is_empty() {
        writeln!(out, "### {}\n", labels.get("waves"))?;
        let head = [
            "wave",
            "communes",
            "mean_score",
            "groups_touched",
            "commune",
        ]
        .map(|l| labels.get(l).to_owned());
        header(out, &head, &[true, true, true, false, false])?;
        for wave in &pilot.waves {
            let cells = [
                wave.number.to_string(),
                wave.communes.len().to_string(),
                wave.mean.clone(),
                wave.groups.clone(),
                wave.communes.join(", "),
            ];
            row(out, &cells)?;
        }
        writeln!(out)?;
        if !pilot.unscheduled.is_empty() {
            writeln!(
                out,
                "{}: {}\n",
                labels.get("unscheduled"),
                pilot.unscheduled.join(", ")
            )?;
        }
    }
    Ok(())
}

/// The robustness section: the rank intervals of the highest-ranked communes as a table.
fn sensitivity(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let Some(section) = &document.sensitivity else {
        return Ok(());
    };
    writeln!(
        out,
        "## {}
",
        section.title
    )?;
    writeln!(
        out,
        "{}

{}
",
        section.intro, section.correlation
    )?;
    header(
        out,
        &section.headers,
        &[true, false, true, true, true, true],
    )?;
    for r in &section.charted {
        let cells = [
            r.rank.to_string(),
            r.name.clone(),
            r.median_text.clone(),
            r.interval_text.clone(),
            r.top_share_text.clone(),
            r.score_text.clone(),
        ];
        row(out, &cells)?;
    }
    writeln!(
        out,
        "
{}
",
        section.shown_note
    )
}

fn changes(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    let Some(changes) = &document.changes else {
        return Ok(());
    };
    writeln!(out, "## {}\n", labels.get("changes"))?;
    for line in &changes.summary {
        writeln!(out, "{line}\n")?;
    }
    let head = [
        labels.get("commune").to_owned(),
        changes.from.clone(),
        changes.to.clone(),
        labels.get("change").to_owned(),
        labels.get("rank").to_owned(),
        labels.get("level").to_owned(),
    ];
    header(out, &head, &[false, true, true, true, true, false])?;
    for r in &changes.rows {
        let cells = [
            r.name.clone(),
            r.before.clone(),
            r.after.clone(),
            r.delta_text.clone(),
            r.rank_change.clone(),
            r.level_change.clone(),
        ];
        row(out, &cells)?;
    }
    writeln!(out)
}

fn profiles(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    writeln!(
        out,
        "## {}\n\n_{}_\n",
        labels.get("profiles"),
        document.profiles_note
    )?;
    for profile in &document.profiles {
        writeln!(
            out,
            "### {} — {} · {} · {}\n",
            profile.name, profile.rank_text, profile.overall.text, profile.level_name
        )?;
        if !profile.groups.is_empty() {
            writeln!(out, "{}\n", profile.groups.join(" · "))?;
        }
        if !profile.restated_from.is_empty() {
            writeln!(out, "{}\n", profile.restated_from)?;
        }
        let head: Vec<String> = document.pillars.iter().map(|p| p.name.clone()).collect();
        header(out, &head, &vec![true; head.len()])?;
        row(out, &texts(&profile.pillars))?;
        writeln!(out, "\n{}\n", profile.path_note)?;
        if !profile.path.is_empty() {
            let head = ["indicator", "now", "target", "gain"].map(|l| labels.get(l).to_owned());
            header(out, &head, &[false, true, true, true])?;
            for step in &profile.path {
                row(
                    out,
                    &[
                        step.indicator.clone(),
                        step.from.clone(),
                        step.to.clone(),
                        step.gain_text.clone(),
                    ],
                )?;
            }
            writeln!(out)?;
        }
        if !profile.gaps.is_empty() {
            writeln!(out, "{}\n", labels.get("gaps"))?;
            let head =
                ["indicator", "pillar", "value", "score", "gain"].map(|l| labels.get(l).to_owned());
            header(out, &head, &[false, false, true, true, true])?;
            for gap in &profile.gaps {
                row(
                    out,
                    &[
                        gap.indicator.clone(),
                        gap.pillar.clone(),
                        gap.raw.clone(),
                        gap.score.clone(),
                        gap.gain_text.clone(),
                    ],
                )?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

fn quality(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    writeln!(
        out,
        "## {}\n\n{}\n",
        labels.get("quality"),
        document.quality.summary
    )?;
    if document.quality.rows.is_empty() {
        return Ok(());
    }
    let head = ["commune", "indicator", "treatment"].map(|l| labels.get(l).to_owned());
    header(out, &head, &[false, false, false])?;
    for r in &document.quality.rows {
        row(
            out,
            &[r.commune.clone(), r.indicator.clone(), r.what.clone()],
        )?;
    }
    writeln!(out)
}

fn method(document: &Document, out: &mut dyn Write) -> io::Result<()> {
    let labels = &document.labels;
    writeln!(out, "## {}\n", labels.get("method"))?;
    for paragraph in &document.method.paragraphs {
        writeln!(out, "{paragraph}\n")?;
    }
    let head =
        ["node", "weight", "effective_weight", "scale", "rule"].map(|l| labels.get(l).to_owned());
    header(out, &head, &[false, true, true, false, false])?;
    for node in &document.method.tree {
        let indent = "\u{a0}\u{a0}".repeat(node.depth);
        let name = format!("{indent}{} ({})", node.name, node.id);
        row(
            out,
            &[
                name,
                node.weight.clone(),
                node.effective_text.clone(),
                node.scale.clone(),
                node.rule.clone(),
            ],
        )?;
    }
    writeln!(out)?;
    let head = ["level", "from_score", "meaning"].map(|l| labels.get(l).to_owned());
    header(out, &head, &[false, true, false])?;
    for level in &document.method.levels {
        row(
            out,
            &[
                level.name.clone(),
                level.min.clone(),
                level.description.clone(),
            ],
        )?;
    }
    writeln!(out)
}
