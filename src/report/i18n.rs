//! The message catalogue: every word dtm says to a person, in English and Vietnamese.
//!
//! Messages live in two [Fluent](https://projectfluent.org/) files embedded in the binary,
//! `src/report/i18n/en.ftl` and `src/report/i18n/vi.ftl`, and are looked up with [`t`]:
//!
//! ```
//! use dtm::report::i18n::{Lang, t};
//! let line = t(Lang::Vi, "summary-communes", &[("count", 3.into())]);
//! assert_eq!(line, "3 xã");
//! ```
//!
//! # Adding a message
//! 1. Pick a key: kebab-case, starting with the area that says it (`score-`, `profile-`,
//!    `pilot-`, `compare-`, `check-`, `gap-`, `names-`, `rollup-`, `crosswalk-`, …; `common-`
//!    for words many renderers share). Keys are stable; change the text, not the key.
//! 2. Add it to **both** files, with the same variables (`{ $count }`, `{ $name }`). The test
//!    `catalogues_have_the_same_keys_and_arguments` fails otherwise, and
//!    `every_key_used_in_the_source_exists` fails when a `t(lang, "key", …)` names a key that
//!    neither file has — so write the key as a literal in the call.
//! 3. Pass numbers for counts (they choose the plural form: `{ $count -> [one] … *[other] … }`;
//!    Vietnamese has one form) and already formatted text for scores and values — the catalogue
//!    never formats a float, so no rounding noise reaches a person.
//! 4. Vietnamese should read naturally to a provincial official: "xã", "xếp hạng", "điểm tổng
//!    hợp", "mức độ", "trụ cột", "khoảng cách đến mức tiếp theo".
//!
//! Data values (commune names, group values, category labels) are never translated; only what
//! dtm itself says is.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language dtm speaks. The command line maps `--lang` to this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    /// Every language, in the order the catalogue files are listed.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    /// The language code used in criteria files (`name: { en: …, vi: … }`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// The language for a code such as `vi`, `vi-VN` or `vi_VN.UTF-8`; `None` when dtm does not
    /// speak it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("i18n/en.ftl"),
            Lang::Vi => include_str!("i18n/vi.ftl"),
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Vi => 1,
        }
    }
}

/// A value for a message variable: text as it should appear, or a count.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Count(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text.as_str()))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Arg::Text(text)
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! count_from {
    ($($int:ty),*) => {$(
        impl From<$int> for Arg<'_> {
            fn from(count: $int) -> Self {
                Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(usize, u32, u64, i32, i64);

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| Lang::ALL.map(bundle));

fn bundle(lang: Lang) -> Bundle {
    // The files are part of the binary and checked by the tests below; should one still fail
    // to parse, keep the messages that did parse rather than fail at run time.
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No Unicode isolation marks: output goes to terminals, CSV cells and Markdown.
    bundle.set_use_isolating(false);
    // Duplicate keys are a test failure; at run time the first one wins.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `key` in `lang` with `args` filled in.
///
/// A key missing in `lang` falls back to English, and a key missing everywhere comes back as
/// itself, so a mistake shows as a visible key rather than a crash (the tests keep both from
/// happening).
pub fn t(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Count(count) => FluentValue::from(*count),
            };
            fluent.set(*name, value);
        }
        fluent
    });
    for lang in [lang, Lang::En] {
        let bundle = &BUNDLES[lang.index()];
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
        }
    }
    key.to_owned()
}

#[cfg(test)]
mod tests;
