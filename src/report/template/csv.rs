//! The template as CSV: the header, the guide row, then the pre-filled rows.

use std::io::{self, Write};

use super::Template;

/// Write `template` as UTF-8 CSV with a byte-order mark, so that Excel opens Vietnamese text right.
pub fn render(template: &Template, out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = ::csv::Writer::from_writer(out);
    let header: Vec<&str> = template.columns.iter().map(|c| c.header.as_str()).collect();
    writer.write_record(&header)?;
    writer.write_record(template.guide())?;
    for row in &template.rows {
        writer.write_record(row)?;
    }
    writer.flush()
}
