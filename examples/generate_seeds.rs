//! Deterministic generator of the seed data: `seeds/long-an-communes.csv` and the household sample.
//!
//! The names, codes, kinds and districts are the real ones, read from the official list of Long An's
//! 186 commune-level units; every indicator value is synthetic. Each commune gets a latent
//! readiness in [0, 1] from its kind, its district and a commune effect, which grows (or slips)
//! from 2023 to 2024; each indicator is a noisy function of that readiness. The three pilot units
//! of the province are set near the top. Only std is used, with a SplitMix64 generator seeded per
//! commune and column, so that adding a column never changes the values of the others.
//!
//! ```text
//! cargo run --release --example generate_seeds -- [UNITS_CSV] [--out DIR] [--households N] [--seed S]
//! ```

use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The default seed; change it and every synthetic value changes.
pub const SEED: u64 = 2025;
/// Rows of the committed household sample.
pub const SAMPLE_HOUSEHOLDS: usize = 30_000;
pub const PERIODS: [u16; 2] = [2023, 2024];
/// GSO codes of the three pilots: Phường 4 (TP Tân An), TT Cần Giuộc, xã Dương Xuân Hội.
pub const PILOTS: [&str; 3] = ["27691", "28159", "28237"];

/// One commune-level unit of the official list.
#[derive(Debug, Clone)]
pub struct Unit {
    pub code: String,
    pub name: String,
    pub district: String,
    /// `xã`, `phường` or `thị trấn`.
    pub kind: &'static str,
}

/// A straight line in the latent readiness `r`: `at0` at r = 0, `at1` at r = 1, plus noise of
/// standard deviation `sd`, and `drift` added in 2024 (national progress that lifts everyone).
#[derive(Clone, Copy)]
struct Line([f64; 4]);

impl Line {
    fn at(self, r: f64, noise: f64, later: bool) -> f64 {
        let [at0, at1, sd, drift] = self.0;
        at0 + (at1 - at0) * r + sd * noise + if later { drift } else { 0.0 }
    }
}

/// How a column's value follows the latent readiness `r`.
enum Spec {
    /// A percentage on a line, clamped to [0, 100], one decimal.
    Percent(Line),
    /// A count or a duration on a line, clamped to [0, max], with so many decimals.
    Amount(Line, f64, usize),
    /// Yes/no: P(yes) rises linearly through 0.5 at `half` over `width`; `drift` is added to r in 2024.
    Flag { half: f64, width: f64, drift: f64 },
    /// Labels from worst to best, the readiness cut-offs between them, and the 2024 drift of r.
    Label(&'static [&'static str], &'static [f64], f64),
}

/// One data column: its name, how it is generated, its extra chance of being missing, and
/// whether it comes from the household survey (then the whole block can be missing at once).
struct Column {
    name: &'static str,
    spec: Spec,
    missing: f64,
    household: bool,
}

const fn pct(name: &'static str, line: [f64; 4], missing: f64) -> Column {
    Column {
        name,
        spec: Spec::Percent(Line(line)),
        missing,
        household: false,
    }
}

const fn survey(name: &'static str, line: [f64; 4]) -> Column {
    Column {
        name,
        spec: Spec::Percent(Line(line)),
        missing: 0.0,
        household: true,
    }
}

const fn amount(
    name: &'static str,
    line: [f64; 4],
    max: f64,
    decimals: usize,
    missing: f64,
) -> Column {
    Column {
        name,
        spec: Spec::Amount(Line(line), max, decimals),
        missing,
        household: false,
    }
}

// Flags and labels are the commune's own decisions, reported a little more reliably.
const fn flag(name: &'static str, half: f64, width: f64, drift: f64) -> Column {
    Column {
        name,
        spec: Spec::Flag { half, width, drift },
        missing: -0.005,
        household: false,
    }
}

const fn label(
    name: &'static str,
    labels: &'static [&'static str],
    cuts: &'static [f64],
    drift: f64,
) -> Column {
    Column {
        name,
        spec: Spec::Label(labels, cuts, drift),
        missing: -0.005,
        household: false,
    }
}

/// Every indicator column of `criteria/vn-commune-2025.yaml` in tree order, then those that only
/// `criteria/long-an-pilot.yaml` reads. Levels are sized on the facts in frameworks.md (Long An:
/// 88.9 % fibre households, > 98 % adults with e-ID; national: 87 % with accounts, 13.5 % with
/// digital signatures).
#[rustfmt::skip]
const COLUMNS: &[Column] = &[
    // enablers: the commune's own decisions are rarely missing (they score 0 when they are)
    label("steering_committee_head", &["chưa có", "phó chủ tịch", "phó bí thư", "chủ tịch", "bí thư"], &[0.12, 0.28, 0.36, 0.78], 0.03),
    pct("residents_informed_pct", [25.0, 100.0, 8.0, 3.0], -0.008),
    flag("dt_plan_issued", 0.18, 0.25, 0.05),
    pct("dt_plan_tasks_done_pct", [25.0, 100.0, 10.0, 2.0], -0.008),
    survey("fibre_household_pct", [62.0, 100.0, 6.0, 3.0]),
    pct("hamlet_mobile_broadband_pct", [80.0, 102.0, 5.0, 1.0], 0.02),
    pct("staff_computer_pct", [70.0, 102.0, 6.0, 2.0], 0.0),
    pct("staff_trained_pct", [40.0, 102.0, 10.0, 5.0], 0.0),
    pct("hamlet_tech_team_pct", [70.0, 105.0, 10.0, 3.0], 0.0),
    amount("security_incidents", [2.0, -0.6, 0.8, -0.2], 100.0, 0, 0.02),
    pct("antimalware_computer_pct", [30.0, 100.0, 12.0, 5.0], 0.01),
    // government
    pct("online_dossier_pct", [5.0, 90.0, 10.0, 8.0], 0.0),
    pct("full_online_service_pct", [20.0, 95.0, 8.0, 6.0], 0.0),
    pct("work_docs_online_pct", [25.0, 90.0, 9.0, 5.0], 0.0),
    pct("digitised_results_pct", [10.0, 95.0, 12.0, 10.0], 0.0),
    pct("officials_digital_id_pct", [50.0, 102.0, 10.0, 5.0], 0.0),
    pct("overdue_dossier_pct", [12.0, 0.0, 2.5, -1.0], 0.01),
    pct("online_service_satisfaction_pct", [70.0, 98.0, 5.0, 1.0], 0.04),
    // economy
    pct("payment_account_pct", [45.0, 95.0, 7.0, 3.0], 0.01),
    survey("cashless_household_pct", [15.0, 85.0, 9.0, 6.0]),
    pct("cashless_merchant_pct", [5.0, 80.0, 10.0, 6.0], 0.01),
    pct("ocop_ecommerce_pct", [-10.0, 100.0, 15.0, 8.0], 0.03),
    pct("households_selling_online_pct", [0.0, 35.0, 6.0, 3.0], 0.03),
    pct("einvoice_business_pct", [70.0, 102.0, 6.0, 3.0], 0.01),
    pct("sme_platform_pct", [3.0, 40.0, 7.0, 3.0], 0.03),
    // society
    survey("smartphone_household_pct", [50.0, 97.0, 6.0, 3.0]),
    pct("vneid_level2_pct", [55.0, 99.0, 6.0, 10.0], 0.01),
    pct("basic_digital_skills_pct", [15.0, 80.0, 9.0, 6.0], 0.01),
    pct("online_service_users_pct", [5.0, 60.0, 8.0, 6.0], 0.01),
    pct("digital_signature_pct", [0.0, 30.0, 5.0, 4.0], 0.02),
    pct("ehealth_record_pct", [40.0, 100.0, 10.0, 5.0], 0.06),
    // long-an-pilot only
    flag("no_appointment_wednesday", 0.72, 0.15, 0.06),
    pct("assisted_online_dossier_pct", [10.0, 95.0, 10.0, 8.0], 0.0),
    label("commune_platform_status", &["chưa triển khai", "thử nghiệm", "vận hành"], &[0.45, 0.65], 0.08),
    flag("commune_web_portal", 0.3, 0.25, 0.03),
    amount("essential_services_online", [10.0, 56.0, 4.0, 5.0], 53.0, 0, 0.0),
    amount("feedback_1022_days", [22.0, 3.0, 3.0, -1.0], 365.0, 1, 0.04),
    pct("steering_indicators_updated_pct", [40.0, 102.0, 10.0, 5.0], 0.0),
    amount("local_products_ecommerce", [-1.0, 8.0, 1.5, 1.0], 200.0, 0, 0.01),
    label("cashless_market_status", &["chưa có", "một phần", "toàn chợ"], &[0.4, 0.7], 0.05),
    label("it_xanh_team", &["chưa có", "đang thành lập", "hoạt động"], &[0.35, 0.55], 0.1),
    pct("zalo_oa_followers_pct", [0.0, 85.0, 10.0, 10.0], 0.01),
    survey("digital_address_household_pct", [10.0, 100.0, 12.0, 15.0]),
];

/// The entity columns, first in the file.
pub const ENTITY_COLUMNS: [&str; 5] =
    ["commune_code", "commune_name", "district", "kind", "period"];

/// Districts along the Cambodian border: remote communes there report less.
const BORDER_DISTRICTS: [&str; 6] = [
    "Huyện Tân Hưng",
    "Huyện Vĩnh Hưng",
    "Huyện Mộc Hóa",
    "Huyện Thạnh Hóa",
    "Huyện Đức Huệ",
    "Thị xã Kiến Tường",
];

/// How far each district is ahead of or behind the province: the city and the districts next to
/// Hồ Chí Minh City ahead; Châu Thành and Cần Giuộc ahead too (all their communes had started
/// commune-level DT by 2023, frameworks.md); the border districts behind.
fn district_effect(district: &str) -> f64 {
    match district {
        "Thành phố Tân An" => 0.06,
        "Huyện Châu Thành" | "Huyện Cần Giuộc" => 0.05,
        "Huyện Bến Lức" => 0.04,
        "Huyện Đức Hòa" => 0.03,
        "Huyện Cần Đước" | "Huyện Vĩnh Hưng" => 0.02,
        "Huyện Tân Thạnh" => -0.03,
        "Huyện Thạnh Hóa" | "Huyện Mộc Hóa" => -0.05,
        "Huyện Đức Huệ" => -0.06,
        "Huyện Tân Hưng" => -0.07,
        _ => 0.0,
    }
}

/// A value of one cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Missing,
    Number(f64, usize),
    Text(&'static str),
}

/// One commune in one period.
pub struct CommuneYear {
    pub unit: usize,
    pub period: u16,
    pub readiness: f64,
    pub values: Vec<Value>,
}

/// SplitMix64 (Steele, Lea and Flood 2014): tiny, fast, and good enough for synthetic data.
pub struct Rng(u64);

impl Rng {
    /// A generator for one purpose: the seed mixed with FNV-1a of the parts that name it.
    pub fn stream(seed: u64, parts: &[&str]) -> Rng {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for part in parts {
            for byte in part.bytes().chain([0xff]) {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        let mut rng = Rng(seed ^ hash);
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Roughly standard normal: the Irwin–Hall sum of four uniforms. Only + − × ÷ and a constant,
    /// so the output is the same on every platform (no libm).
    pub fn normal(&mut self) -> f64 {
        let sum: f64 = (0..4).map(|_| self.uniform()).sum();
        (sum - 2.0) * 1.732_050_807_568_877_2
    }
}

/// Read the official list (`commune_code,commune_name,commune_type,district_code,district_name,…`).
pub fn read_units(text: &str) -> Result<Vec<Unit>, String> {
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<&str> = lines
        .next()
        .ok_or("the units file is empty")?
        .split(',')
        .collect();
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .ok_or(format!("the units file has no column '{name}'"))
    };
    let (code, name, kind, district) = (
        at("commune_code")?,
        at("commune_name")?,
        at("commune_type")?,
        at("district_name")?,
    );
    let mut units = Vec::new();
    for (number, line) in lines
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
    {
        // The official list has no quoted fields; a comma inside a name would show up here.
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        if fields.len() != header.len() {
            return Err(format!(
                "line {}: {} fields, expected {}",
                number + 2,
                fields.len(),
                header.len()
            ));
        }
        let kind = match fields[kind] {
            "Xã" => "xã",
            "Phường" => "phường",
            "Thị trấn" => "thị trấn",
            other => return Err(format!("line {}: unknown unit type '{other}'", number + 2)),
        };
        units.push(Unit {
            code: fields[code].into(),
            name: fields[name].into(),
            district: fields[district].into(),
            kind,
        });
    }
    Ok(units)
}

/// Latent readiness of a unit in each period: kind, district and a commune effect in 2023, then a
/// year of progress that varies: most communes gain a little, some a lot, a few slip.
fn readiness(unit: &Unit, seed: u64) -> [f64; 2] {
    if PILOTS.contains(&unit.code.as_str()) {
        return [0.93, 0.97];
    }
    let kind = match unit.kind {
        "phường" => 0.62,
        "thị trấn" => 0.52,
        _ => 0.35,
    };
    let mut rng = Rng::stream(seed, &[&unit.code, "readiness"]);
    // Others stay below the pilots, whose models the province is about to roll out.
    let r2023 = (kind + district_effect(&unit.district) + 0.11 * rng.normal()).clamp(0.05, 0.86);
    let (draw, size) = (rng.uniform(), rng.uniform());
    let growth = if draw < 0.08 {
        -(0.01 + 0.06 * size)
    } else if draw < 0.23 {
        0.12 + 0.13 * size
    } else {
        0.02 + 0.07 * size
    };
    [r2023, (r2023 + growth).clamp(0.03, 0.86)]
}

/// The chance that a cell of this unit and period is missing, before the column's own extra.
fn missing_rate(unit: &Unit, year: usize) -> f64 {
    let remote = unit.kind == "xã" && BORDER_DISTRICTS.contains(&unit.district.as_str());
    0.01 + if remote { 0.025 } else { 0.0 }
        + if unit.kind == "xã" { 0.006 } else { 0.0 }
        + if year == 0 { 0.01 } else { 0.0 }
}

/// The chance that a unit's household survey is missing altogether in a period.
fn survey_gap_rate(unit: &Unit, year: usize) -> f64 {
    let remote = unit.kind == "xã" && BORDER_DISTRICTS.contains(&unit.district.as_str());
    (if remote { 0.04 } else { 0.01 }) + if year == 0 { 0.01 } else { 0.0 }
}

/// The value of `column` for a unit of readiness `r` in period index `year`, without missingness.
fn value(column: &Column, r: f64, year: usize, pilot: bool, unit: &Unit, seed: u64) -> Value {
    let period = PERIODS[year].to_string();
    let mut lasting = Rng::stream(seed, &[&unit.code, column.name]);
    let mut yearly = Rng::stream(seed, &[&unit.code, column.name, &period]);
    // Most of a commune's deviation from its readiness lasts from year to year.
    let calm = if pilot { 0.3 } else { 1.0 };
    let noise = calm * (0.8 * lasting.normal() + 0.6 * yearly.normal());
    let (later, shift) = (year == 1, if year == 1 { 1.0 } else { 0.0 });
    match column.spec {
        Spec::Percent(line) => Value::Number(line.at(r, noise, later).clamp(0.0, 100.0) + 0.0, 1),
        Spec::Amount(line, max, decimals) => {
            Value::Number(line.at(r, noise, later).clamp(0.0, max) + 0.0, decimals)
        }
        Spec::Flag { half, width, drift } => {
            let chance = ((r + drift * shift - half) / width + 0.5).clamp(0.02, 0.98);
            let yes = pilot || lasting.uniform() < chance;
            Value::Text(if yes { "có" } else { "không" })
        }
        Spec::Label(labels, cuts, drift) => {
            let z = r + drift * shift + calm * (0.08 * lasting.normal() + 0.03 * yearly.normal());
            let reached = cuts.iter().filter(|cut| **cut <= z).count();
            Value::Text(labels[if pilot { labels.len() - 1 } else { reached }])
        }
    }
}

/// Every unit in every period, with its values in `COLUMNS` order.
pub fn communes(units: &[Unit], seed: u64) -> Vec<CommuneYear> {
    let mut rows = Vec::new();
    for (year, period) in PERIODS.iter().enumerate() {
        for (index, unit) in units.iter().enumerate() {
            let pilot = PILOTS.contains(&unit.code.as_str());
            let r = readiness(unit, seed)[year];
            let mut gaps = Rng::stream(seed, &[&unit.code, "missing", &period.to_string()]);
            // Now and then a commune's household survey did not happen: its block is all missing.
            let survey_gap = !pilot && gaps.uniform() < survey_gap_rate(unit, year);
            let values = COLUMNS
                .iter()
                .map(|column| {
                    let chance = missing_rate(unit, year) + column.missing;
                    let missing = gaps.uniform() < chance || (column.household && survey_gap);
                    match value(column, r, year, pilot, unit, seed) {
                        _ if missing && !pilot => Value::Missing,
                        // The pilots report a digital address for every household (the article).
                        _ if pilot
                            && year == 1
                            && column.name == "digital_address_household_pct" =>
                        {
                            Value::Number(100.0, 1)
                        }
                        other => other,
                    }
                })
                .collect();
            rows.push(CommuneYear {
                unit: index,
                period: *period,
                readiness: r,
                values,
            });
        }
    }
    rows
}

/// A CSV field, quoted only when it must be.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Write `seeds/long-an-communes.csv`: header, then every unit in 2023, then in 2024.
pub fn write_communes(units: &[Unit], rows: &[CommuneYear], out: &mut dyn Write) -> io::Result<()> {
    let header: Vec<&str> = ENTITY_COLUMNS
        .iter()
        .copied()
        .chain(COLUMNS.iter().map(|c| c.name))
        .collect();
    writeln!(out, "{}", header.join(","))?;
    for row in rows {
        let unit = &units[row.unit];
        let mut line = format!(
            "{},{},{},{},{}",
            field(&unit.code),
            field(&unit.name),
            field(&unit.district),
            unit.kind,
            row.period
        );
        for value in &row.values {
            match value {
                Value::Missing => line.push(','),
                Value::Number(x, decimals) => {
                    write!(line, ",{x:.decimals$}").expect("writing to a String")
                }
                Value::Text(text) => write!(line, ",{}", field(text)).expect("writing to a String"),
            }
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The 2024 share (0 to 1) that drives a household column: the commune's value, else the
/// noiseless value for its readiness when the cell is missing.
fn share(row: &CommuneYear, name: &str) -> f64 {
    let index = COLUMNS
        .iter()
        .position(|c| c.name == name)
        .expect("a known column");
    match (&row.values[index], &COLUMNS[index].spec) {
        (Value::Number(x, _), _) => x / 100.0,
        (_, Spec::Percent(line)) => (line.at(row.readiness, 0.0, true) / 100.0).clamp(0.0, 1.0),
        _ => 0.5,
    }
}

/// How many of `total` households each unit gets: in proportion to a size weight (wards and
/// townships are more populous), by largest remainder so that the counts add up exactly.
fn allocate(units: &[Unit], total: usize, seed: u64) -> Vec<usize> {
    let weights: Vec<f64> = units
        .iter()
        .map(|unit| {
            let kind = match unit.kind {
                "phường" => 1.4,
                "thị trấn" => 1.3,
                _ => 1.0,
            };
            kind * (0.7 + 0.6 * Rng::stream(seed, &[&unit.code, "size"]).uniform())
        })
        .collect();
    let sum: f64 = weights.iter().sum();
    let exact: Vec<f64> = weights.iter().map(|w| total as f64 * w / sum).collect();
    let mut counts: Vec<usize> = exact.iter().map(|x| x.floor() as usize).collect();
    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by(|a, b| {
        (exact[*b] - exact[*b].floor())
            .total_cmp(&(exact[*a] - exact[*a].floor()))
            .then(a.cmp(b))
    });
    let short = total - counts.iter().sum::<usize>();
    order.iter().take(short).for_each(|i| counts[*i] += 1);
    counts
}

/// Household sizes of the Mekong delta, roughly: 1 to 7 members, mostly 3 or 4.
fn members(rng: &mut Rng) -> usize {
    const CUMULATIVE: [f64; 6] = [0.08, 0.28, 0.53, 0.78, 0.91, 0.97];
    let u = rng.uniform();
    1 + CUMULATIVE.iter().filter(|c| **c <= u).count()
}

/// Write the household sample: `total` rows, grouped by commune, streamed so that a benchmark file
/// of millions of rows needs no memory. Probabilities follow each commune's 2024 values, so that
/// rolling the sample up gives back those columns up to sampling error.
pub fn write_households(
    units: &[Unit],
    rows: &[CommuneYear],
    total: usize,
    seed: u64,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "commune_code,household_id,members,sample_weight,has_smartphone,has_fixed_broadband,uses_cashless,has_digital_address,online_spend_vnd"
    )?;
    let latest: Vec<&CommuneYear> = rows.iter().filter(|row| row.period == PERIODS[1]).collect();
    for (unit, (row, count)) in units
        .iter()
        .zip(latest.iter().zip(allocate(units, total, seed)))
    {
        let mut rng = Rng::stream(seed, &[&unit.code, "households"]);
        let base = match unit.kind {
            "phường" => 2800.0 + 2400.0 * rng.uniform(),
            "thị trấn" => 3000.0 + 2600.0 * rng.uniform(),
            _ => 1800.0 + 1600.0 * rng.uniform(),
        };
        // Households are sampled by hamlet (ấp, khu phố), each with its own design weight.
        let hamlets: Vec<f64> = (0..4 + (rng.next_u64() % 7) as usize)
            .map(|_| 0.8 + 0.4 * rng.uniform())
            .collect();
        let p = [
            "smartphone_household_pct",
            "fibre_household_pct",
            "cashless_household_pct",
            "digital_address_household_pct",
        ]
        .map(|c| share(row, c));
        for i in 0..count {
            let weight = base / count as f64 * hamlets[i * hamlets.len() / count];
            let has = p.map(|p| u8::from(rng.uniform() < p));
            // Cash on delivery is common, so some households without e-payment also buy online.
            let buys = rng.uniform() < if has[2] == 1 { 0.75 } else { 0.2 };
            let u = rng.uniform();
            let spend = if buys {
                ((50_000.0 + 3_000_000.0 * u * u * u) / 1000.0).round() as u64 * 1000
            } else {
                0
            };
            writeln!(
                out,
                "{},{}-{:05},{},{weight:.2},{},{},{},{},{spend}",
                unit.code,
                unit.code,
                i + 1,
                members(&mut rng),
                has[0],
                has[1],
                has[2],
                has[3]
            )?;
        }
    }
    Ok(())
}

/// The household file's name: the committed sample at its default size, else one that says its
/// size (and that `.gitignore` keeps out of git).
pub fn households_file_name(total: usize) -> String {
    if total == SAMPLE_HOUSEHOLDS {
        "long-an-households-sample.csv".to_owned()
    } else {
        format!("long-an-households-{total}.csv")
    }
}

struct Options {
    units: PathBuf,
    out: PathBuf,
    households: usize,
    seed: u64,
}

const USAGE: &str = "usage: generate_seeds [UNITS_CSV] [--out DIR] [--households N] [--seed S]
  UNITS_CSV       official list of units (default ../shared/context/long-an-units.csv)
  --out DIR       where to write (default seeds)
  --households N  rows of the household file (default 30000, the committed sample;
                  any other N writes long-an-households-N.csv, e.g. for benchmarks)
  --seed S        seed of every synthetic value (default 2025)";

/// The options, or `None` when help was asked for.
fn parse(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        units: PathBuf::from("../shared/context/long-an-units.csv"),
        out: PathBuf::from("seeds"),
        households: SAMPLE_HOUSEHOLDS,
        seed: SEED,
    };
    let mut args = args;
    while let Some(arg) = args.next() {
        let mut next = |flag: &str| args.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--out" => options.out = next("--out")?.into(),
            "--households" => {
                options.households = next("--households")?
                    .parse()
                    .map_err(|e| format!("--households: {e}"))?
            }
            "--seed" => {
                options.seed = next("--seed")?
                    .parse()
                    .map_err(|e| format!("--seed: {e}"))?
            }
            "-h" | "--help" => return Ok(None),
            flag if flag.starts_with('-') => return Err(format!("unknown option '{flag}'")),
            path => options.units = path.into(),
        }
    }
    Ok(Some(options))
}

fn run(options: &Options) -> Result<(), String> {
    let text = std::fs::read_to_string(&options.units)
        .map_err(|e| format!("could not read '{}': {e}", options.units.display()))?;
    let units = read_units(&text).map_err(|e| format!("{}: {e}", options.units.display()))?;
    std::fs::create_dir_all(&options.out)
        .map_err(|e| format!("could not create '{}': {e}", options.out.display()))?;
    let rows = communes(&units, options.seed);
    let write = |name: &str, body: &dyn Fn(&mut dyn Write) -> io::Result<()>| {
        let path = options.out.join(name);
        let file = std::fs::File::create(&path)
            .map_err(|e| format!("could not create '{}': {e}", path.display()))?;
        let mut out = BufWriter::new(file);
        body(&mut out)
            .and_then(|()| out.flush())
            .map_err(|e| format!("could not write '{}': {e}", path.display()))?;
        writeln!(io::stderr(), "wrote {}", path.display()).ok();
        Ok::<(), String>(())
    };
    write("long-an-communes.csv", &|out| {
        write_communes(&units, &rows, out)
    })?;
    write(&households_file_name(options.households), &|out| {
        write_households(&units, &rows, options.households, options.seed, out)
    })
}

fn main() -> ExitCode {
    let result = parse(std::env::args().skip(1)).and_then(|options| match options {
        Some(options) => run(&options),
        None => writeln!(io::stdout(), "{USAGE}").map_err(|e| e.to_string()),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            writeln!(io::stderr(), "generate_seeds: {message}\n{USAGE}").ok();
            ExitCode::from(2)
        }
    }
}
