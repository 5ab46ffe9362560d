//! A finding's message: a catalogue key and its arguments, named by the loaders and checks and
//! worded when printed, in the reader's language.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::report::i18n::{self, Arg, Lang};

/// What a finding says: a catalogue message named by its key, with its arguments, worded only
/// when printed; or text that is not (yet) in the catalogue, shown as it is in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Boxed, so that a finding stays as small as one with a plain text.
    Keyed(Box<Keyed>),
    Plain(String),
}

/// A catalogue key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed {
    pub key: &'static str,
    pub args: Vec<(&'static str, Part)>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Text shown as it is: a user's value (already [`cut`]), an id, a formatted number.
    Text(String),
    /// A count, which chooses the plural form.
    Count(i64),
    /// A phrase worded in the same language as the message around it.
    Message(Message),
    /// Quoted choices joined by the language's "or": `'a', 'b' or 'c'`.
    Choices(Vec<String>),
}

impl Message {
    /// The catalogue message `key`, arguments added with [`Message::with`].
    pub fn new(key: &'static str) -> Message {
        Message::Keyed(Box::new(Keyed {
            key,
            args: Vec::new(),
        }))
    }

    /// This message with the argument `name` set to `value`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Part>) -> Message {
        if let Message::Keyed(keyed) = &mut self {
            keyed.args.push((name, value.into()));
        }
        self
    }

    /// The catalogue key, when the message has one.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Message::Keyed(keyed) => Some(keyed.key),
            Message::Plain(_) => None,
        }
    }

    /// The argument `name`, when set.
    pub fn arg(&self, name: &str) -> Option<&Part> {
        match self {
            Message::Keyed(keyed) => keyed.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v),
            Message::Plain(_) => None,
        }
    }

    /// Whether the English wording holds `text` (for tests and callers that look for a phrase).
    pub fn contains(&self, text: &str) -> bool {
        self.to_string().contains(text)
    }

    /// Whether the English wording starts with `text`.
    pub fn starts_with(&self, text: &str) -> bool {
        self.to_string().starts_with(text)
    }

    /// The message worded in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Message::Plain(text) => text.clone(),
            Message::Keyed(keyed) => {
                let args: Vec<(&str, Arg<'_>)> = keyed
                    .args
                    .iter()
                    .map(|(name, part)| (*name, part.in_lang(lang)))
                    .collect();
                i18n::t(lang, keyed.key, &args)
            }
        }
    }
}

impl Part {
    fn in_lang(&self, lang: Lang) -> Arg<'_> {
        match self {
            Part::Text(text) => Arg::from(text),
            Part::Count(count) => Arg::Count(*count),
            Part::Message(message) => Arg::from(message.in_lang(lang)),
            Part::Choices(choices) => Arg::from(choices_in(choices, lang)),
        }
    }
}

/// `'a', 'b' or 'c'` in `lang`.
pub fn choices_in(choices: &[String], lang: Lang) -> String {
    let quoted: Vec<String> = choices.iter().map(|word| format!("'{word}'")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => i18n::t(
            lang,
            "finding-choices",
            &[("first", rest.join(", ").into()), ("last", last.into())],
        ),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

impl fmt::Display for Message {
    /// The message in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// A message equals a text when its English wording does.
impl PartialEq<&str> for Message {
    fn eq(&self, text: &&str) -> bool {
        self.in_lang(Lang::En) == *text
    }
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::Plain(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::Plain(text.to_owned())
    }
}

impl From<String> for Part {
    fn from(text: String) -> Self {
        Part::Text(text)
    }
}

impl From<&str> for Part {
    fn from(text: &str) -> Self {
        Part::Text(text.to_owned())
    }
}

impl From<&String> for Part {
    fn from(text: &String) -> Self {
        Part::Text(text.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Part {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Part::Text(text.into_owned())
    }
}

impl From<Message> for Part {
    fn from(message: Message) -> Self {
        Part::Message(message)
    }
}

macro_rules! part_count {
    ($($int:ty),*) => {$(
        impl From<$int> for Part {
            fn from(count: $int) -> Self {
                Part::Count(i64::try_from(count).unwrap_or(i64::MAX))
            }
        }
    )*};
}
part_count!(usize, u32, u64, i64);
