//! One search box over every name in every script (English, 中文, ລາວ, ไทย, Tiếng Việt,
//! မြန်မာ) and imported layers; tolerant of case, accents and small typos. Results appear
//! as you type; Enter flies to the best hit.

use crate::app::state::AppState;
use crate::i18n::{self, tr};
use egui::{Key, RichText, Ui};

/// How many hits are listed under the box.
const MAX_HITS: usize = 8;

/// The search box's own state.
#[derive(Default)]
pub struct SearchPanel {
    /// What the user typed.
    pub query: String,
    /// Whether the box should take keyboard focus on the next frame (Ctrl+F).
    pub focus_requested: bool,
}

impl SearchPanel {
    /// Shows the box and the hits; Enter or a click selects a hit and flies there.
    pub fn ui(&mut self, ui: &mut Ui, state: &mut AppState) {
        let edit = egui::TextEdit::singleline(&mut self.query)
            .hint_text(tr("search-hint"))
            .desired_width(f32::INFINITY);
        let response = ui.add(edit);
        if self.focus_requested {
            response.request_focus();
            self.focus_requested = false;
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if self.query.trim().is_empty() {
            return;
        }
        let hits = state.search(&self.query, MAX_HITS);
        if entered {
            if let Some(best) = hits.first() {
                state.select_and_fly(best.key);
            }
            return;
        }
        if hits.is_empty() {
            ui.label(RichText::new(tr("search-no-match")).small());
            return;
        }
        let mut chosen = None;
        for hit in &hits {
            let kind = state
                .kind_of(hit.key)
                .map(i18n::kind_name)
                .unwrap_or_default();
            let shown = state
                .feature(hit.key)
                .and_then(|f| f.name(state.lang))
                .unwrap_or(&hit.name)
                .to_owned();
            let text = if shown == hit.name {
                format!("{shown}  · {kind}")
            } else {
                format!("{shown} ({})  · {kind}", hit.name)
            };
            if ui
                .selectable_label(state.selection == Some(hit.key), text)
                .clicked()
            {
                chosen = Some(hit.key);
            }
        }
        if let Some(id) = chosen {
            state.select_and_fly(id);
        }
    }
}
