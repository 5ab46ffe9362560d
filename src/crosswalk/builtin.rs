//! The built-in national crosswalk of the 1 July 2025 reorganisation (`--crosswalk vn-2025`).
//!
//! `crosswalks/vn-2025.csv`: 10,047 old commune-level units → the 3,321 new ones (10,599 rows; 460
//! old units were split, `part` = `partial`), and the five special zones with no old unit
//! (`part` = `none`). Derived from the dvhcvn data set under the MIT licence; see
//! `crosswalks/LICENSE-dvhcvn.txt`.

use super::load::{Loaded, load_bytes};

/// The name that selects the built-in map.
pub const VN_2025_NAME: &str = "vn-2025";

/// The built-in map's CSV text.
pub const VN_2025: &str = include_str!("../../crosswalks/vn-2025.csv");

/// The built-in crosswalk called `name`, if there is one.
pub fn builtin(name: &str) -> Option<Loaded> {
    (name == VN_2025_NAME).then(|| load_bytes(VN_2025.as_bytes(), VN_2025_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_national_map_loads_without_findings() {
        let loaded = builtin(VN_2025_NAME).expect("built in");
        assert_eq!(loaded.findings, Vec::new());
        let crosswalk = loaded.crosswalk.expect("valid");
        assert_eq!(crosswalk.units.len(), 3321);
        assert_eq!(crosswalk.links.len(), 10_599);
        let old: std::collections::BTreeSet<&str> = crosswalk
            .links
            .iter()
            .map(|l| l.old_code.as_str())
            .collect();
        assert_eq!(old.len(), 10_047);
        let zones = crosswalk.units.iter().filter(|u| u.no_old_unit).count();
        assert_eq!(zones, 5);
    }

    #[test]
    fn the_press_spot_checks_hold() {
        let crosswalk = builtin(VN_2025_NAME)
            .and_then(|loaded| loaded.crosswalk)
            .expect("valid");
        let new_name = |old_name: &str, district: &str| {
            crosswalk
                .links
                .iter()
                .filter(|l| l.old_name == old_name && l.old_district.contains(district))
                .map(|l| crosswalk.units[l.unit].name.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(new_name("Phường 4", "Tân An"), ["Phường Long An"]);
        assert_eq!(
            new_name("Thị trấn Cần Giuộc", "Cần Giuộc"),
            ["Xã Cần Giuộc"]
        );
        assert_eq!(
            new_name("Xã Dương Xuân Hội", "Châu Thành"),
            ["Xã An Lục Long"]
        );
        let tay_ninh = crosswalk
            .units
            .iter()
            .filter(|u| u.columns.get("new_province").is_some_and(|p| p == "80"))
            .count();
        assert_eq!(tay_ninh, 96);
    }

    #[test]
    fn other_names_are_not_built_in() {
        assert!(builtin("vn-2026").is_none());
    }
}
