//! The language when `--lang` is not given: `DTM_LANG`, else the locale, else English.

use super::{Lang, Usage};

/// `DTM_LANG` (`en` or `vi`; anything else is a usage error, since it is dtm's own setting),
/// else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (`vi`,
/// `vi_VN.UTF-8` → vi; any other locale → en), else en.
pub fn from_environment() -> Result<Lang, Usage> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    if let Some(value) = var("DTM_LANG") {
        return match value.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "vi" => Ok(Lang::Vi),
            _ => Err(Usage(format!(
                "DTM_LANG is '{}'; it must be en or vi",
                crate::diagnostics::cut(&value)
            ))),
        };
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name));
    Ok(locale.map_or(Lang::En, |locale| of_locale(&locale)))
}

/// The language of a POSIX locale name such as `vi_VN.UTF-8` or `en_US`.
pub fn of_locale(locale: &str) -> Lang {
    let language = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if language == "vi" { Lang::Vi } else { Lang::En }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(of_locale("vi_VN.UTF-8"), Lang::Vi);
        assert_eq!(of_locale("vi"), Lang::Vi);
        assert_eq!(of_locale("VI_vn"), Lang::Vi);
        assert_eq!(of_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(of_locale("C.UTF-8"), Lang::En);
        assert_eq!(of_locale("POSIX"), Lang::En);
        assert_eq!(of_locale("vietnamese"), Lang::En);
    }
}
