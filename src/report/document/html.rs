//! The report as one self-contained HTML page: inline CSS and SVG, no script, no external file,
//! printable on A4 and readable on a phone. The markup is a minijinja template with HTML escaping
//! on for every value.

use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment};

use super::Document;

const TEMPLATE: &str = include_str!("report.html");

/// The page, as text.
pub fn render(document: &Document) -> Result<String, minijinja::Error> {
    let mut environment = Environment::new();
    environment.set_auto_escape_callback(|_| AutoEscape::Html);
    environment.add_template("report.html", TEMPLATE)?;
    let template = environment.get_template("report.html")?;
    // The display names of the group columns sit beside the document, which keeps the columns'
    // own names (its JSON form is the documented machine shape).
    let headers: std::collections::BTreeMap<&str, String> = document
        .group_columns
        .iter()
        .map(|c| (c.as_str(), document.group_header(c)))
        .collect();
    template.render(minijinja::context! {
        group_headers => document.group_headers(),
        group_header_of => headers,
        ..Value::from(Serde(document))
    })
}
