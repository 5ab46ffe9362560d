//! Deterministic generator of the seed data: three synthetic surveys and a household sample.
//!
//! - `seeds/long-an-communes.csv`: Long An's 186 old units, 2023 and 2024;
//! - `seeds/tay-ninh-2024.csv`: old Tây Ninh's 94 units, 2024 (the columns of Long An's file);
//! - `seeds/tay-ninh-2026.csv`: the new Tây Ninh's 96 units (after the 1/7/2025 merger), 2026;
//! - `seeds/long-an-households-sample.csv`: household microdata of Long An, 2024.
//!
//! Codes, names, kinds and districts are the real ones, read from the official lists in
//! `shared/context/` (see seeds/README.md); every indicator value is synthetic and every row says
//! so in its `synthetic` column. Each unit has four latent factors — administrative capacity,
//! connectivity, local economy and population age — from its kind, its district and its own
//! draws; each column mixes them in its own proportions, plus noise that mostly lasts from year to
//! year, so that the three pillars do not move as one. The new units of 2026 inherit the factors
//! of the old units they were made from. Only std is used, with a SplitMix64 generator seeded per
//! purpose, so that adding a column never changes the values of the others.
//!
//! ```text
//! cargo run --release --example generate_seeds -- [--context DIR] [--out DIR] [--households N] [--seed S]
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The default seed; change it and every synthetic value changes.
pub const SEED: u64 = 2025;
/// Rows of the committed household sample.
pub const SAMPLE_HOUSEHOLDS: usize = 30_000;
/// The periods of Long An's survey.
pub const PERIODS: [u16; 2] = [2023, 2024];
/// The period of old Tây Ninh's survey and of the new province's.
pub const OLD_TAY_NINH_PERIOD: u16 = 2024;
pub const NEW_TAY_NINH_PERIOD: u16 = 2026;
/// GSO codes of the three pilots: Phường 4 (TP Tân An), TT Cần Giuộc, xã Dương Xuân Hội.
pub const PILOTS: [&str; 3] = ["27691", "28159", "28237"];
/// Province codes in the crosswalk: old Long An, old Tây Ninh, and the new Tây Ninh.
pub const OLD_LONG_AN: &str = "80";
pub const OLD_TAY_NINH: &str = "72";
pub const NEW_TAY_NINH: &str = "80";

/// The entity columns, first in every file; `synthetic` is the last column.
pub const ENTITY_COLUMNS: [&str; 5] =
    ["commune_code", "commune_name", "district", "kind", "period"];
pub const SYNTHETIC_COLUMN: &str = "synthetic";

/// One commune-level unit of an official list.
#[derive(Debug, Clone)]
pub struct Unit {
    pub code: String,
    pub name: String,
    /// The district (old units); for new units, the former district that held most of it.
    pub district: String,
    /// `xã`, `phường`, `thị trấn` or `đặc khu`.
    pub kind: String,
}

/// The latent factors of a unit in one period, each about 0 to 1: administrative capacity,
/// connectivity, local economy and youth (1 − the weight of older people in the population).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Factors(pub [f64; 4]);

/// What a column holds.
#[derive(Clone, Copy)]
enum Shape {
    /// A percentage, clamped to [0, 100], one decimal.
    Percent,
    /// A count or a duration, clamped to [0, max], with so many decimals.
    Amount(f64, usize),
    /// Yes/no: yes when the column's value (on the `at` line) plus noise passes 50.
    Flag,
    /// Labels from worst to best and the values (on the `at` line) that reach each next one.
    Label(&'static [&'static str], &'static [f64]),
}

/// One data column. Its value for a unit is a line through `at[0]` (all factors 0) and `at[1]`
/// (all factors 1) in the mix `mix` of the factors, plus noise of standard deviation `sd`, plus
/// `drift` a year for national progress. `missing` is its extra chance of being empty; `survey`
/// columns come from the household survey and go missing together; `model` columns are the
/// pilots' own models (the article), which the pilots run well ahead of their factors.
struct Column {
    name: &'static str,
    shape: Shape,
    mix: [f64; 4],
    at: [f64; 2],
    sd: f64,
    drift: f64,
    missing: f64,
    survey: bool,
    model: bool,
}

const fn col(name: &'static str, mix: [f64; 4], at: [f64; 2], sd: f64, drift: f64) -> Column {
    Column {
        name,
        shape: Shape::Percent,
        mix,
        at,
        sd,
        drift,
        missing: 0.0,
        survey: false,
        model: false,
    }
}

impl Column {
    const fn shape(self, shape: Shape) -> Column {
        Column { shape, ..self }
    }
    const fn missing(self, missing: f64) -> Column {
        Column { missing, ..self }
    }
    const fn survey(self) -> Column {
        Column {
            survey: true,
            ..self
        }
    }
    const fn model(self) -> Column {
        Column {
            model: true,
            ..self
        }
    }
}

// Factor mixes, in the order [administration, connectivity, economy, youth].
const GOV: [f64; 4] = [0.8, 0.1, 0.1, 0.0];
const GOV_USERS: [f64; 4] = [0.4, 0.3, 0.1, 0.2];
const PAY: [f64; 4] = [0.1, 0.3, 0.5, 0.1];
const MARKET: [f64; 4] = [0.1, 0.1, 0.8, 0.0];
const NET: [f64; 4] = [0.0, 0.8, 0.1, 0.1];
const PEOPLE: [f64; 4] = [0.1, 0.4, 0.1, 0.4];
const TEAMS: [f64; 4] = [0.5, 0.1, 0.0, 0.4];

/// Every indicator column of `criteria/vn-commune-2025.yaml` in tree order, then those that only
/// `criteria/examples/dti-four-groups.yaml` and `criteria/long-an-pilot.yaml` read. Levels are
/// sized on the facts in frameworks.md: Long An ≈ 96 % of dossiers online (partly online
/// included), 99 % of work files online, 88.9 % of households on fibre, > 98 % of adults with an
/// e-ID; nationally 87 % of adults with accounts and 13.5 % with digital signatures. The
/// administrative columns are high and compressed, as the province reports them.
#[rustfmt::skip]
const COLUMNS: &[Column] = &[
    // government: public services
    col("service_index_766", GOV, [62.0, 94.0], 3.5, 1.0).shape(Shape::Amount(100.0, 1)),
    col("online_dossier_pct", GOV, [52.0, 99.0], 6.0, 3.0),
    col("self_filed_online_pct", GOV_USERS, [8.0, 62.0], 7.0, 4.0),
    col("online_fee_payment_pct", [0.5, 0.2, 0.3, 0.0], [15.0, 85.0], 9.0, 6.0).missing(0.01),
    col("essential_services_online", GOV, [30.0, 55.0], 3.0, 2.0).shape(Shape::Amount(53.0, 0)),
    col("digitised_results_pct", GOV, [50.0, 100.0], 7.0, 5.0),
    col("feedback_1022_ontime_pct", GOV, [68.0, 101.0], 6.0, 1.5).missing(0.03),
    col("zalo_oa_followers_pct", [0.4, 0.3, 0.0, 0.3], [5.0, 75.0], 8.0, 8.0).missing(0.01).model(),
    // government: administration
    col("work_docs_online_pct", GOV, [90.0, 101.5], 2.5, 0.8),
    col("signed_documents_pct", GOV, [55.0, 100.0], 8.0, 4.0),
    col("commune_platform_status", GOV, [0.0, 100.0], 14.0, 8.0)
        .shape(Shape::Label(&["chưa triển khai", "thử nghiệm", "vận hành"], &[45.0, 70.0])).model(),
    col("steering_indicators_updated_pct", GOV, [60.0, 102.0], 7.0, 3.0),
    col("dt_plan_tasks_done_pct", GOV, [50.0, 100.0], 9.0, 2.0).missing(-0.006),
    col("staff_trained_pct", GOV, [45.0, 102.0], 10.0, 5.0),
    col("antimalware_computer_pct", [0.7, 0.3, 0.0, 0.0], [30.0, 100.0], 12.0, 5.0).missing(0.01),
    // economy
    col("cashless_household_pct", PAY, [15.0, 85.0], 7.0, 6.0).survey(),
    col("cashless_merchant_pct", MARKET, [10.0, 90.0], 9.0, 6.0).missing(0.01).model(),
    col("cashless_social_payment_pct", [0.5, 0.2, 0.3, 0.0], [20.0, 95.0], 10.0, 8.0).missing(0.01),
    col("payment_account_pct", PAY, [58.0, 98.0], 5.0, 2.0).missing(0.01),
    col("ocop_ecommerce_pct", MARKET, [0.0, 95.0], 14.0, 6.0).missing(0.03),
    col("traceable_products_pct", [0.2, 0.1, 0.7, 0.0], [0.0, 80.0], 13.0, 6.0).missing(0.03),
    col("households_selling_online_pct", [0.0, 0.3, 0.5, 0.2], [0.0, 32.0], 5.0, 2.0).missing(0.02),
    col("sme_platform_pct", MARKET, [3.0, 55.0], 7.0, 3.0).missing(0.03),
    col("coop_ecommerce_pct", [0.2, 0.0, 0.8, 0.0], [0.0, 85.0], 15.0, 5.0).missing(0.04),
    // society
    col("fibre_household_pct", NET, [66.0, 101.0], 5.0, 2.0).survey(),
    col("smartphone_household_pct", PEOPLE, [68.0, 99.0], 4.0, 2.0).survey(),
    col("digital_address_household_pct", [0.5, 0.3, 0.0, 0.2], [5.0, 90.0], 12.0, 15.0).survey().model(),
    col("vneid_use_pct", PEOPLE, [20.0, 80.0], 7.0, 6.0).missing(0.01),
    col("basic_digital_skills_pct", PEOPLE, [25.0, 88.0], 8.0, 5.0).missing(0.01),
    col("digital_signature_pct", PEOPLE, [0.0, 28.0], 4.0, 3.0).missing(0.02),
    col("online_service_users_pct", GOV_USERS, [8.0, 70.0], 7.0, 6.0).missing(0.01),
    col("ehealth_record_pct", [0.4, 0.3, 0.0, 0.3], [45.0, 100.0], 9.0, 4.0).missing(0.06),
    col("hamlet_tech_team_pct", TEAMS, [55.0, 105.0], 10.0, 3.0),
    col("it_xanh_team", TEAMS, [0.0, 100.0], 14.0, 10.0)
        .shape(Shape::Label(&["chưa có", "đang thành lập", "hoạt động"], &[40.0, 60.0])).model(),
    col("vulnerable_households_supported_pct", TEAMS, [5.0, 85.0], 12.0, 6.0).missing(0.02),
    // criteria/examples/dti-four-groups.yaml only
    col("steering_committee_head", GOV, [0.0, 100.0], 10.0, 3.0)
        .shape(Shape::Label(&["chưa có", "phó chủ tịch", "phó bí thư", "chủ tịch", "bí thư"], &[8.0, 22.0, 30.0, 62.0])).missing(-0.006),
    col("residents_informed_pct", TEAMS, [35.0, 100.0], 8.0, 3.0).missing(-0.006),
    col("dt_plan_issued", GOV, [30.0, 110.0], 25.0, 5.0).shape(Shape::Flag).missing(-0.006),
    col("hamlet_mobile_broadband_pct", NET, [85.0, 102.0], 4.0, 1.0).missing(0.02),
    col("staff_computer_pct", GOV, [75.0, 102.0], 6.0, 2.0),
    col("security_incidents", GOV, [2.0, -0.6], 0.8, -0.2).shape(Shape::Amount(100.0, 0)).missing(0.02),
    col("full_online_service_pct", GOV, [45.0, 98.0], 7.0, 5.0),
    col("officials_digital_id_pct", GOV, [70.0, 102.0], 7.0, 4.0),
    col("overdue_dossier_pct", GOV, [2.5, 0.0], 0.8, -0.3),
    col("online_service_satisfaction_pct", GOV, [75.0, 98.0], 4.0, 1.0).missing(0.04),
    col("einvoice_business_pct", MARKET, [80.0, 102.0], 5.0, 2.0).missing(0.01),
    col("vneid_level2_pct", PEOPLE, [86.0, 100.5], 3.0, 2.0).missing(0.01),
    // criteria/long-an-pilot.yaml only
    col("no_appointment_wednesday", GOV, [-10.0, 80.0], 20.0, 6.0).shape(Shape::Flag).missing(-0.006).model(),
    col("assisted_online_dossier_pct", GOV, [20.0, 95.0], 9.0, 6.0).model(),
    col("commune_web_portal", GOV, [20.0, 110.0], 25.0, 3.0).shape(Shape::Flag).missing(-0.006),
    col("feedback_1022_days", GOV, [16.0, 3.0], 2.5, -1.0).shape(Shape::Amount(365.0, 1)).missing(0.04),
    col("local_products_ecommerce", MARKET, [-1.0, 8.0], 1.5, 0.5).shape(Shape::Amount(200.0, 0)).missing(0.01).model(),
    col("cashless_market_status", MARKET, [0.0, 100.0], 14.0, 5.0)
        .shape(Shape::Label(&["chưa có", "một phần", "toàn chợ"], &[40.0, 70.0])).model(),
];

/// The columns of the default criteria (the 2026 survey of the new units holds only these).
const DEFAULT_COLUMNS: usize = 35;

/// Border districts (Cambodia): remote communes there trail and report less. Old Tây Ninh's
/// Huyện Châu Thành, also on the border, shares its name with Long An's: see `district_effect`.
const BORDER_DISTRICTS: [&str; 10] = [
    "Huyện Tân Hưng",
    "Huyện Vĩnh Hưng",
    "Huyện Mộc Hóa",
    "Huyện Thạnh Hóa",
    "Huyện Đức Huệ",
    "Thị xã Kiến Tường",
    "Huyện Tân Biên",
    "Huyện Tân Châu",
    "Huyện Bến Cầu",
    "Thị xã Trảng Bàng",
];

/// How far each district is ahead of or behind its province, per factor [admin, connect,
/// economy, youth]: the two provincial cities and the districts next to Hồ Chí Minh City ahead
/// in connectivity and economy; Châu Thành and Cần Giuộc ahead in administration (all their
/// communes had started commune-level DT by 2023, frameworks.md); border districts behind, with
/// older populations. Administration varies least: the province drives it.
fn district_effect(district: &str, province: &str) -> [f64; 4] {
    let border = BORDER_DISTRICTS.contains(&district)
        || (province == OLD_TAY_NINH && district == "Huyện Châu Thành");
    let base = match (province, district) {
        (OLD_LONG_AN, "Thành phố Tân An") => [0.03, 0.08, 0.08, 0.02],
        (OLD_LONG_AN, "Huyện Châu Thành") => [0.05, 0.0, -0.02, -0.02],
        (OLD_LONG_AN, "Huyện Cần Giuộc") => [0.05, 0.05, 0.06, 0.02],
        (OLD_LONG_AN, "Huyện Bến Lức") => [0.0, 0.06, 0.08, 0.04],
        (OLD_LONG_AN, "Huyện Đức Hòa") => [0.0, 0.05, 0.07, 0.05],
        (OLD_LONG_AN, "Huyện Cần Đước") => [0.01, 0.02, 0.03, 0.0],
        (OLD_LONG_AN, "Huyện Vĩnh Hưng") => [0.04, -0.02, -0.03, 0.0],
        (OLD_LONG_AN, "Huyện Tân Thạnh") => [-0.02, -0.03, -0.03, -0.02],
        (OLD_TAY_NINH, "Thành phố Tây Ninh") => [0.02, 0.08, 0.07, 0.02],
        (OLD_TAY_NINH, "Thị xã Hòa Thành") => [0.01, 0.06, 0.06, 0.0],
        (OLD_TAY_NINH, "Thị xã Trảng Bàng") => [0.0, 0.05, 0.08, 0.05],
        (OLD_TAY_NINH, "Huyện Gò Dầu") => [0.0, 0.03, 0.04, 0.02],
        (OLD_TAY_NINH, _) => [-0.02, -0.02, -0.02, 0.0],
        _ => [0.0; 4],
    };
    let remote = if border {
        [-0.02, -0.06, -0.05, -0.06]
    } else {
        [0.0; 4]
    };
    [0, 1, 2, 3].map(|f| base[f] + remote[f])
}

/// A value of one cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Missing,
    Number(f64, usize),
    Text(&'static str),
}

/// One unit in one period: its factors and its values in `COLUMNS` order.
pub struct CommuneYear {
    pub unit: usize,
    pub period: u16,
    pub factors: Factors,
    pub values: Vec<Value>,
}

/// One synthetic survey: its units and their rows, and how many columns it writes.
pub struct Survey {
    pub file: &'static str,
    pub units: Vec<Unit>,
    pub rows: Vec<CommuneYear>,
    pub columns: usize,
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

/// A CSV file without quoted fields (the official lists have none) as header and records.
fn records(text: &str, what: &str) -> Result<(Vec<String>, Vec<Vec<String>>), String> {
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    let header: Vec<String> = lines
        .next()
        .ok_or(format!("{what} is empty"))?
        .split(',')
        .map(|h| h.trim().to_owned())
        .collect();
    let mut rows = Vec::new();
    for (number, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let fields: Vec<String> = line.split(',').map(|f| f.trim().to_owned()).collect();
        if fields.len() != header.len() {
            return Err(format!(
                "{what}, line {}: {} fields, expected {} (a quoted comma?)",
                number + 2,
                fields.len(),
                header.len()
            ));
        }
        rows.push(fields);
    }
    Ok((header, rows))
}

fn position(header: &[String], name: &str, what: &str) -> Result<usize, String> {
    header
        .iter()
        .position(|h| h == name)
        .ok_or(format!("{what} has no column '{name}'"))
}

fn lower_kind(kind: &str) -> Result<String, String> {
    match kind {
        "Xã" | "xã" => Ok("xã".into()),
        "Phường" | "phường" => Ok("phường".into()),
        "Thị trấn" | "thị trấn" => Ok("thị trấn".into()),
        "Đặc khu" | "đặc khu" => Ok("đặc khu".into()),
        other => Err(format!("unknown unit type '{other}'")),
    }
}

/// Read Long An's official list (`commune_code,commune_name,commune_type,district_code,district_name,…`).
pub fn read_units(text: &str) -> Result<Vec<Unit>, String> {
    let what = "the units file";
    let (header, rows) = records(text, what)?;
    let (code, name, kind, district) = (
        position(&header, "commune_code", what)?,
        position(&header, "commune_name", what)?,
        position(&header, "commune_type", what)?,
        position(&header, "district_name", what)?,
    );
    rows.iter()
        .map(|r| {
            Ok(Unit {
                code: r[code].clone(),
                name: r[name].clone(),
                district: r[district].clone(),
                kind: lower_kind(&r[kind])?,
            })
        })
        .collect()
}

/// One row of the national crosswalk: an old unit and one new unit it went (wholly or partly) into.
#[derive(Debug, Clone)]
pub struct Link {
    pub old_province: String,
    pub old: Unit,
    pub new_province: String,
    pub new_code: String,
    pub new_name: String,
    pub new_kind: String,
}

/// Read the national crosswalk (`old_province_code,…,old_code,old_name,old_kind,new_province_code,…`).
pub fn read_crosswalk(text: &str) -> Result<Vec<Link>, String> {
    let what = "the crosswalk";
    let (header, rows) = records(text, what)?;
    let at = |name| position(&header, name, what);
    let (op, od, oc, on, ok) = (
        at("old_province_code")?,
        at("old_district")?,
        at("old_code")?,
        at("old_name")?,
        at("old_kind")?,
    );
    let (np, nc, nn, nk) = (
        at("new_province_code")?,
        at("new_code")?,
        at("new_name")?,
        at("new_kind")?,
    );
    rows.iter()
        .map(|r| {
            Ok(Link {
                old_province: r[op].clone(),
                old: Unit {
                    code: r[oc].clone(),
                    name: r[on].clone(),
                    district: r[od].clone(),
                    kind: lower_kind(&r[ok])?,
                },
                new_province: r[np].clone(),
                new_code: r[nc].clone(),
                new_name: r[nn].clone(),
                new_kind: lower_kind(&r[nk])?,
            })
        })
        .collect()
}

/// Read the list of new units (`province_code,province,code,name,kind`) of one province, in file order.
pub fn read_new_units(text: &str, province: &str) -> Result<Vec<(String, String, String)>, String> {
    let what = "the new units file";
    let (header, rows) = records(text, what)?;
    let (p, c, n, k) = (
        position(&header, "province_code", what)?,
        position(&header, "code", what)?,
        position(&header, "name", what)?,
        position(&header, "kind", what)?,
    );
    rows.iter()
        .filter(|r| r[p] == province)
        .map(|r| Ok((r[c].clone(), r[n].clone(), lower_kind(&r[k])?)))
        .collect()
}

/// The old units of one province in the crosswalk, once each, in crosswalk order.
pub fn old_units(links: &[Link], province: &str) -> Vec<Unit> {
    let mut seen = std::collections::HashSet::new();
    links
        .iter()
        .filter(|l| l.old_province == province && seen.insert(l.old.code.clone()))
        .map(|l| l.old.clone())
        .collect()
}

/// The factors of a unit in its first period: kind, district and its own draws.
fn base_factors(unit: &Unit, province: &str, seed: u64) -> Factors {
    let kind = match unit.kind.as_str() {
        "phường" => [0.72, 0.80, 0.68, 0.62],
        "thị trấn" => [0.68, 0.70, 0.60, 0.58],
        _ => [0.62, 0.50, 0.40, 0.48],
    };
    let district = district_effect(&unit.district, province);
    let mut rng = Rng::stream(seed, &[province, &unit.code, "factors"]);
    // Administration is driven by the province and varies least; the economy varies most.
    let spread = [0.07, 0.11, 0.13, 0.10];
    Factors([0, 1, 2, 3].map(|f| kind[f] + district[f] + spread[f] * rng.normal()))
}

/// The pilots' factors: strong administrations that ran the province's models, with the
/// connectivity, economy and population of their places (a ward, a township, a rural commune).
fn pilot_factors(code: &str) -> Option<Factors> {
    match code {
        "27691" => Some(Factors([0.93, 0.86, 0.66, 0.60])), // Phường 4, TP Tân An
        "28159" => Some(Factors([0.92, 0.80, 0.70, 0.58])), // TT Cần Giuộc
        "28237" => Some(Factors([0.93, 0.71, 0.57, 0.52])), // xã Dương Xuân Hội
        _ => None,
    }
}

/// A year of change: every factor grows a little, some units a lot; about one unit in twelve
/// slips (staff turnover, a failed platform, a lost market), mostly in administration and economy.
fn grow(factors: Factors, unit: &str, year: u16, seed: u64) -> Factors {
    let mut rng = Rng::stream(seed, &[unit, "growth", &year.to_string()]);
    let (draw, size) = (rng.uniform(), rng.uniform());
    let step = if draw < 0.075 {
        -(0.05 + 0.07 * size)
    } else if draw < 0.25 {
        0.05 + 0.04 * size
    } else {
        0.01 + 0.03 * size
    };
    let share = [1.0, 0.6, 1.0, 0.1];
    let mut next = factors.0;
    for f in 0..4 {
        next[f] += step * share[f] + 0.01 * rng.normal();
    }
    Factors(next)
}

/// The chance that a cell is missing, before the column's own extra: remote rural communes and
/// earlier years report less.
fn missing_rate(unit: &Unit, first_year: bool) -> f64 {
    let remote = unit.kind == "xã" && BORDER_DISTRICTS.contains(&unit.district.as_str());
    0.012
        + if remote { 0.025 } else { 0.0 }
        + if unit.kind == "xã" { 0.006 } else { 0.0 }
        + if first_year { 0.008 } else { 0.0 }
}

/// The chance that a unit's household survey is missing altogether in a period.
fn survey_gap_rate(unit: &Unit, first_year: bool) -> f64 {
    let remote = unit.kind == "xã" && BORDER_DISTRICTS.contains(&unit.district.as_str());
    (if remote { 0.04 } else { 0.012 }) + if first_year { 0.008 } else { 0.0 }
}

/// How much of each column's `drift` a year of national progress brings.
const DRIFT: f64 = 0.5;

/// What the pilots' own models add to a model column, on the `at` scale (a fraction of the span).
const PILOT_MODEL_LIFT: f64 = 0.3;

/// The value of `column` for a unit, without missingness. `years` counts the years since 2023
/// (national drift); `pilot` lifts the pilots' model columns.
fn value(
    column: &Column,
    factors: Factors,
    years: f64,
    pilot: bool,
    key: &str,
    period: u16,
    seed: u64,
) -> Value {
    let mut lasting = Rng::stream(seed, &[key, column.name]);
    let mut yearly = Rng::stream(seed, &[key, column.name, &period.to_string()]);
    let total: f64 = column.mix.iter().sum();
    let mut z: f64 = (0..4).map(|f| column.mix[f] * factors.0[f]).sum::<f64>() / total;
    if pilot && column.model {
        z += PILOT_MODEL_LIFT;
    }
    let noise = 0.8 * lasting.normal() + 0.6 * yearly.normal();
    let [at0, at1] = column.at;
    let x = at0 + (at1 - at0) * z + column.sd * noise + DRIFT * column.drift * years;
    match column.shape {
        Shape::Percent => Value::Number(x.clamp(0.0, 100.0) + 0.0, 1),
        Shape::Amount(max, decimals) => {
            let x = x.clamp(0.0, max);
            let unit = [1.0, 10.0, 100.0][decimals.min(2)];
            Value::Number((x * unit).round() / unit + 0.0, decimals)
        }
        Shape::Flag => Value::Text(if x >= 50.0 { "có" } else { "không" }),
        Shape::Label(labels, cuts) => {
            let reached = cuts.iter().filter(|cut| **cut <= x).count();
            Value::Text(labels[reached])
        }
    }
}

/// The rows of one unit in one period: its values, with the gaps of real reporting.
fn row(
    unit: &Unit,
    index: usize,
    period: u16,
    first_year: bool,
    factors: Factors,
    columns: usize,
    seed: u64,
) -> CommuneYear {
    let pilot = PILOTS.contains(&unit.code.as_str()) && period <= PERIODS[1];
    let key = format!("{}/{}", unit.code, unit.name);
    let years = f64::from(period - PERIODS[0]);
    let mut gaps = Rng::stream(seed, &[&key, "missing", &period.to_string()]);
    let survey_gap = !pilot && gaps.uniform() < survey_gap_rate(unit, first_year);
    let values = COLUMNS[..columns]
        .iter()
        .map(|column| {
            let chance = missing_rate(unit, first_year) + column.missing;
            let missing = gaps.uniform() < chance || (column.survey && survey_gap);
            match value(column, factors, years, pilot, &key, period, seed) {
                _ if missing && !pilot => Value::Missing,
                // The pilots report a digital address for every household (the article).
                _ if pilot && column.name == "digital_address_household_pct" => {
                    Value::Number(100.0, 1)
                }
                other => other,
            }
        })
        .collect();
    CommuneYear {
        unit: index,
        period,
        factors,
        values,
    }
}

/// Long An's units in 2023 and 2024, every column.
pub fn long_an(units: &[Unit], seed: u64) -> Vec<CommuneYear> {
    let mut rows = Vec::new();
    let factors: Vec<[Factors; 2]> = units
        .iter()
        .map(|unit| {
            let first =
                pilot_factors(&unit.code).unwrap_or_else(|| base_factors(unit, OLD_LONG_AN, seed));
            [first, grow(first, &unit.code, PERIODS[1], seed)]
        })
        .collect();
    for (year, period) in PERIODS.iter().enumerate() {
        for (index, unit) in units.iter().enumerate() {
            let f = factors[index][year];
            rows.push(row(unit, index, *period, year == 0, f, COLUMNS.len(), seed));
        }
    }
    rows
}

/// The factors of old Tây Ninh's units in 2024: a year behind Long An's 2024 on average.
fn tay_ninh_factors(unit: &Unit, seed: u64) -> Factors {
    let first = base_factors(unit, OLD_TAY_NINH, seed);
    grow(
        first,
        &format!("72/{}", unit.code),
        OLD_TAY_NINH_PERIOD,
        seed,
    )
}

/// Old Tây Ninh's units in 2024, with every column of Long An's survey, so that the two files
/// concatenate into one survey of the whole new province on its old units.
pub fn old_tay_ninh(units: &[Unit], seed: u64) -> Vec<CommuneYear> {
    units
        .iter()
        .enumerate()
        .map(|(index, unit)| {
            let f = tay_ninh_factors(unit, seed);
            row(
                unit,
                index,
                OLD_TAY_NINH_PERIOD,
                true,
                f,
                COLUMNS.len(),
                seed,
            )
        })
        .collect()
}

/// The new Tây Ninh's units in 2026: each inherits the mean 2024 factors of the old units it was
/// made from (Long An's and old Tây Ninh's), then two years of change.
pub fn new_tay_ninh(
    units: &[Unit],
    links: &[Link],
    long_an_units: &[Unit],
    long_an_rows: &[CommuneYear],
    tay_ninh_units: &[Unit],
    seed: u64,
) -> Vec<CommuneYear> {
    let mut old: BTreeMap<(&str, &str), Factors> = BTreeMap::new();
    for row in long_an_rows.iter().filter(|r| r.period == PERIODS[1]) {
        old.insert((OLD_LONG_AN, &long_an_units[row.unit].code), row.factors);
    }
    for unit in tay_ninh_units {
        old.insert((OLD_TAY_NINH, &unit.code), tay_ninh_factors(unit, seed));
    }
    units
        .iter()
        .enumerate()
        .map(|(index, unit)| {
            let parts: Vec<Factors> = links
                .iter()
                .filter(|l| l.new_province == NEW_TAY_NINH && l.new_code == unit.code)
                .filter_map(|l| old.get(&(l.old_province.as_str(), l.old.code.as_str())))
                .copied()
                .collect();
            let n = parts.len().max(1) as f64;
            let mean = Factors([0, 1, 2, 3].map(|f| parts.iter().map(|p| p.0[f]).sum::<f64>() / n));
            let key = format!("new/{}", unit.code);
            let f = grow(
                grow(mean, &key, 2025, seed),
                &key,
                NEW_TAY_NINH_PERIOD,
                seed,
            );
            row(
                unit,
                index,
                NEW_TAY_NINH_PERIOD,
                false,
                f,
                DEFAULT_COLUMNS,
                seed,
            )
        })
        .collect()
}

/// The new units of a province with, as `district`, the former district that gave most of its
/// old units (ties: the first in the crosswalk).
pub fn new_units_with_districts(new: &[(String, String, String)], links: &[Link]) -> Vec<Unit> {
    new.iter()
        .map(|(code, name, kind)| {
            let mut counts: Vec<(&str, usize)> = Vec::new();
            for link in links
                .iter()
                .filter(|l| l.new_province == NEW_TAY_NINH && &l.new_code == code)
            {
                match counts.iter_mut().find(|(d, _)| *d == link.old.district) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((&link.old.district, 1)),
                }
            }
            let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
            let district = counts
                .iter()
                .find(|(_, n)| *n == best)
                .map_or("", |(d, _)| *d);
            Unit {
                code: code.clone(),
                name: name.clone(),
                district: district.to_owned(),
                kind: kind.clone(),
            }
        })
        .collect()
}

/// A CSV field, quoted only when it must be.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Write one survey: header, then every unit of each period in order; `synthetic` is `có` on
/// every row, since every value is generated.
pub fn write_survey(survey: &Survey, out: &mut dyn Write) -> io::Result<()> {
    let header: Vec<&str> = ENTITY_COLUMNS
        .iter()
        .copied()
        .chain(COLUMNS[..survey.columns].iter().map(|c| c.name))
        .chain([SYNTHETIC_COLUMN])
        .collect();
    writeln!(out, "{}", header.join(","))?;
    for row in &survey.rows {
        let unit = &survey.units[row.unit];
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
        line.push_str(",có");
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The 2024 share (0 to 1) that drives a household column: the commune's value, else the
/// noiseless value for its factors when the cell is missing.
fn share(row: &CommuneYear, name: &str) -> f64 {
    let index = COLUMNS
        .iter()
        .position(|c| c.name == name)
        .expect("a known column");
    match &row.values[index] {
        Value::Number(x, _) => x / 100.0,
        _ => {
            let column = &COLUMNS[index];
            let total: f64 = column.mix.iter().sum();
            let z: f64 = (0..4)
                .map(|f| column.mix[f] * row.factors.0[f])
                .sum::<f64>()
                / total;
            let [at0, at1] = column.at;
            ((at0 + (at1 - at0) * z + DRIFT * column.drift) / 100.0).clamp(0.0, 1.0)
        }
    }
}

/// How many of `total` households each unit gets: in proportion to a size weight (wards and
/// townships are more populous), by largest remainder so that the counts add up exactly.
fn allocate(units: &[Unit], total: usize, seed: u64) -> Vec<usize> {
    let weights: Vec<f64> = units
        .iter()
        .map(|unit| {
            let kind = match unit.kind.as_str() {
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
        let base = match unit.kind.as_str() {
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

/// Everything the generator writes, from the three official lists.
pub struct Seeds {
    pub surveys: Vec<Survey>,
}

/// The three official lists the generator reads, as text.
pub struct Context {
    pub long_an_units: String,
    pub new_units: String,
    pub crosswalk: String,
}

impl Context {
    /// Read `long-an-units.csv`, `vn-2025-units.csv` and `vn-2025-crosswalk.csv` from `dir`.
    pub fn read(dir: &Path) -> Result<Context, String> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map_err(|e| format!("could not read '{}': {e}", path.display()))
        };
        Ok(Context {
            long_an_units: read("long-an-units.csv")?,
            new_units: read("vn-2025-units.csv")?,
            crosswalk: read("vn-2025-crosswalk.csv")?,
        })
    }
}

/// The three surveys: Long An 2023–2024, old Tây Ninh 2024, new Tây Ninh 2026.
pub fn generate(context: &Context, seed: u64) -> Result<Seeds, String> {
    let long_an_units = read_units(&context.long_an_units)?;
    let links = read_crosswalk(&context.crosswalk)?;
    let tay_ninh_units = old_units(&links, OLD_TAY_NINH);
    let new = read_new_units(&context.new_units, NEW_TAY_NINH)?;
    let new_units = new_units_with_districts(&new, &links);
    let long_an_rows = long_an(&long_an_units, seed);
    let new_rows = new_tay_ninh(
        &new_units,
        &links,
        &long_an_units,
        &long_an_rows,
        &tay_ninh_units,
        seed,
    );
    let old_rows = old_tay_ninh(&tay_ninh_units, seed);
    Ok(Seeds {
        surveys: vec![
            Survey {
                file: "long-an-communes.csv",
                units: long_an_units,
                rows: long_an_rows,
                columns: COLUMNS.len(),
            },
            Survey {
                file: "tay-ninh-2024.csv",
                units: tay_ninh_units,
                rows: old_rows,
                columns: COLUMNS.len(),
            },
            Survey {
                file: "tay-ninh-2026.csv",
                units: new_units,
                rows: new_rows,
                columns: DEFAULT_COLUMNS,
            },
        ],
    })
}

struct Options {
    context: PathBuf,
    out: PathBuf,
    households: usize,
    seed: u64,
}

const USAGE: &str = "usage: generate_seeds [--context DIR] [--out DIR] [--households N] [--seed S]
  --context DIR   the official lists: long-an-units.csv, vn-2025-units.csv and
                  vn-2025-crosswalk.csv (default ../shared/context)
  --out DIR       where to write (default seeds)
  --households N  rows of the household file (default 30000, the committed sample;
                  any other N writes long-an-households-N.csv, e.g. for benchmarks)
  --seed S        seed of every synthetic value (default 2025)";

/// The options, or `None` when help was asked for.
fn parse(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        context: PathBuf::from("../shared/context"),
        out: PathBuf::from("seeds"),
        households: SAMPLE_HOUSEHOLDS,
        seed: SEED,
    };
    let mut args = args;
    while let Some(arg) = args.next() {
        let mut next = |flag: &str| args.next().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--context" => options.context = next("--context")?.into(),
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
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    Ok(Some(options))
}

fn run(options: &Options) -> Result<(), String> {
    let context = Context::read(&options.context)?;
    let seeds = generate(&context, options.seed)?;
    std::fs::create_dir_all(&options.out)
        .map_err(|e| format!("could not create '{}': {e}", options.out.display()))?;
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
    for survey in &seeds.surveys {
        write(survey.file, &|out| write_survey(survey, out))?;
    }
    let long_an = &seeds.surveys[0];
    write(&households_file_name(options.households), &|out| {
        write_households(
            &long_an.units,
            &long_an.rows,
            options.households,
            options.seed,
            out,
        )
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
