//! Where facts come from, in words a reader can check.
//!
//! A `source` in the data is either one of the seed documents the atlas was built from
//! (named by file name) or a public URL. Panels and briefings show seed documents by
//! their title and date, and URLs as links.

/// A seed document: file name, title, publisher and date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeedDocument {
    /// File name as cited in the data.
    pub file: &'static str,
    /// Title of the document.
    pub title: &'static str,
    /// Date of the document (the default "as of" of its figures).
    pub date: &'static str,
}

/// The seed documents, as listed in the sources README.
pub const SEED_DOCUMENTS: &[SeedDocument] = &[
    SeedDocument {
        file: "000_bc6b557d676ff500.txt",
        title: "Kunming helps Mohan achieve outstanding development (km.gov.cn)",
        date: "2023-03-15",
    },
    SeedDocument {
        file: "001_3f52b069fdf64b41.txt",
        title: "Infrastructure Push Boosts Yunnan's Connectivity and Growth",
        date: "2025-08-07",
    },
    SeedDocument {
        file: "002_0836e45429a2f3a7.txt",
        title: "Yunnan pioneers industrial transfer, open-regional development",
        date: "2023-09-11",
    },
    SeedDocument {
        file: "003_19cbc1a221acaba2.txt",
        title: "Mekong Institute: Structured Learning Visit to Shanghai Pilot FTZ and the China–Laos Mohan–Boten Economic Cooperation Zone, 9–13 Dec 2019",
        date: "2019-12",
    },
    SeedDocument {
        file: "004_047c28157f340717.txt",
        title: "Lao Cai, China's Dali step up economic, trade cooperation (VOV)",
        date: "2025-10",
    },
];

/// A source as the reader should see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source<'a> {
    /// One of the seed documents.
    Seed(&'static SeedDocument),
    /// A web page.
    Url(&'a str),
    /// Anything else the data says (shown as-is, e.g. from an imported file).
    Other(&'a str),
}

impl<'a> Source<'a> {
    /// Classifies a `source` string from the data.
    pub fn parse(s: &'a str) -> Self {
        let s = s.trim();
        if let Some(doc) = SEED_DOCUMENTS.iter().find(|d| d.file == s) {
            return Self::Seed(doc);
        }
        if s.starts_with("https://") || s.starts_with("http://") {
            return Self::Url(s);
        }
        Self::Other(s)
    }

    /// Short plain-words form for tables: a seed document's title and date, a URL's host.
    pub fn short(&self) -> String {
        match self {
            Self::Seed(d) => format!("{} ({})", d.title, d.date),
            // The host a browser would really go to, parsed as browsers do: in
            // `https://km.gov.cn@evil.example/` the first part is a user name and the host
            // is evil.example, and that is what is shown.
            Self::Url(u) => match url::Url::parse(u) {
                Ok(parsed) => match parsed.host_str() {
                    Some(host) => host.trim_start_matches("www.").to_owned(),
                    None => u.to_string(),
                },
                Err(_) => u.to_string(),
            },
            Self::Other(s) => (*s).to_owned(),
        }
    }
}

/// A source as the typed corridor data keeps it (`data::schema`): owned, so it outlives
/// the file's text, and classified once when the data is read, so panels and the briefing
/// show it without looking at the string again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Citation {
    /// One of the seed documents.
    Seed(&'static SeedDocument),
    /// A web page.
    Url(String),
    /// Anything else the data says (the checker reports it; shown as-is).
    Other(String),
}

impl Citation {
    /// Classifies a `source` string of the data, as [`Source::parse`] does.
    pub fn new(s: &str) -> Self {
        match Source::parse(s) {
            Source::Seed(doc) => Self::Seed(doc),
            Source::Url(u) => Self::Url(u.to_owned()),
            Source::Other(o) => Self::Other(o.to_owned()),
        }
    }

    /// The source as the reader should see it.
    pub fn source(&self) -> Source<'_> {
        match self {
            Self::Seed(doc) => Source::Seed(doc),
            Self::Url(u) => Source::Url(u),
            Self::Other(o) => Source::Other(o),
        }
    }

    /// The source as the data writes it (a seed document by its file name).
    pub fn text(&self) -> &str {
        match self {
            Self::Seed(doc) => doc.file,
            Self::Url(s) | Self::Other(s) => s,
        }
    }
}

/// The sources of a `source` property: a string or an array of strings.
pub fn sources_of(value: Option<&serde_json::Value>) -> Vec<&str> {
    match value {
        Some(serde_json::Value::String(s)) => vec![s.as_str()],
        Some(serde_json::Value::Array(items)) => items.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_shown_with_the_host_they_really_go_to() {
        assert_eq!(
            Source::Url("https://km.gov.cn@evil.example/").short(),
            "evil.example"
        );
        assert_eq!(
            Source::Url("https://www.mofcom.gov.cn/article/x.html").short(),
            "mofcom.gov.cn"
        );
        assert_eq!(
            Source::Url("http://user:pw@Example.ORG:8080/a").short(),
            "example.org"
        );
        assert_eq!(
            Source::Url("https://evil.example\\@km.gov.cn/").short(),
            "evil.example"
        );
    }

    #[test]
    fn seed_files_are_shown_by_title_and_date() {
        let s = Source::parse("003_19cbc1a221acaba2.txt");
        assert!(s.short().contains("Structured Learning Visit"));
        assert!(s.short().contains("2019-12"));
    }

    #[test]
    fn urls_are_shown_by_host() {
        let s = Source::parse("https://en.wikipedia.org/wiki/Boten");
        assert_eq!(s, Source::Url("https://en.wikipedia.org/wiki/Boten"));
        assert_eq!(s.short(), "en.wikipedia.org");
    }

    #[test]
    fn a_citation_keeps_what_the_data_wrote_and_how_it_is_shown() {
        let seed = Citation::new("003_19cbc1a221acaba2.txt");
        assert!(matches!(seed, Citation::Seed(_)));
        assert_eq!(seed.text(), "003_19cbc1a221acaba2.txt");
        let url = Citation::new("https://www.mofcom.gov.cn/a");
        assert_eq!(url.source().short(), "mofcom.gov.cn");
        assert_eq!(url.text(), "https://www.mofcom.gov.cn/a");
        assert_eq!(Citation::new("notes"), Citation::Other("notes".into()));
    }

    #[test]
    fn one_or_many_sources_are_accepted() {
        let one = serde_json::json!("a");
        let many = serde_json::json!(["a", "b", 3]);
        assert_eq!(sources_of(Some(&one)), vec!["a"]);
        assert_eq!(sources_of(Some(&many)), vec!["a", "b"]);
        assert!(sources_of(None).is_empty());
    }

    #[test]
    fn every_seed_document_in_the_sources_folder_is_listed() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/sources");
        let Ok(entries) = std::fs::read_dir(dir) else {
            panic!("seed documents not found at {dir}");
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".txt") {
                assert!(
                    SEED_DOCUMENTS.iter().any(|d| d.file == name),
                    "{name} is not listed"
                );
            }
        }
    }
}
