//! Messages to the user in plain words: what went wrong, what was kept, what to do.
//!
//! Every error that reaches the user goes through here exactly once (the code that
//! produced it returns it as a value and does not also log it), and stays visible until
//! dismissed, with the technical details folded away.

/// How serious a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something worked (an import finished).
    Info,
    /// Something partly worked (features skipped).
    Warning,
    /// Something failed; nothing already loaded was lost.
    Error,
}

/// One message.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Severity.
    pub level: Level,
    /// One sentence for everyone.
    pub text: String,
    /// Optional detail lines (e.g. every problem with its line), shown on request.
    pub details: Vec<String>,
}

/// The list of notices shown at the top of the map.
#[derive(Clone, Debug, Default)]
pub struct Notices {
    items: Vec<Notice>,
}

/// At most this many notices are kept; older ones make room.
const MAX_NOTICES: usize = 6;

impl Notices {
    /// Adds a notice; the oldest goes if there are too many.
    pub fn push(&mut self, level: Level, text: impl Into<String>, details: Vec<String>) {
        self.items.push(Notice {
            level,
            text: text.into(),
            details,
        });
        if self.items.len() > MAX_NOTICES {
            self.items.remove(0);
        }
    }

    /// Shorthand for an error notice.
    pub fn error(&mut self, text: impl Into<String>) {
        self.push(Level::Error, text, Vec::new());
    }

    /// Shorthand for an information notice.
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Level::Info, text, Vec::new());
    }

    /// Current notices, oldest first.
    pub fn items(&self) -> &[Notice] {
        &self.items
    }

    /// Removes the notice at `index` (the user closed it).
    pub fn dismiss(&mut self, index: usize) {
        if index < self.items.len() {
            self.items.remove(index);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_notices_make_room_for_new_ones() {
        let mut n = Notices::default();
        for i in 0..10 {
            n.info(format!("n{i}"));
        }
        assert_eq!(n.items().len(), MAX_NOTICES);
        assert_eq!(n.items()[0].text, "n4");
        n.dismiss(0);
        n.dismiss(99);
        assert_eq!(n.items()[0].text, "n5");
    }
}
