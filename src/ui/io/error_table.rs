//! The import errors as a table: file, row, column (letter and header),
//! reason and the offending cell. At most 200 rows are listed.

use yew::prelude::*;

use super::import_preview::PreviewRc;
use super::reason_text;
use super::roster_import::file_text;
use crate::i18n::Text;
use crate::io::csv::column_letter;
use crate::io::labels::paren;
use crate::ui::shell::use_lang;

const MAX_SHOWN: usize = 200;

#[derive(Properties, PartialEq)]
pub struct ErrorTableProps {
    pub preview: PreviewRc,
}

#[component]
pub fn ErrorTable(props: &ErrorTableProps) -> Html {
    let lang = use_lang();
    let p = &props.preview.0;
    let total = p.errors().count();
    let rows = p.errors().take(MAX_SHOWN).enumerate().map(|(i, e)| {
        let column = match e.column {
            Some(c) if e.column_name.is_empty() => column_letter(c),
            Some(c) => paren(lang, &column_letter(c), &e.column_name),
            None => e.column_name.clone(),
        };
        html! {
            <tr key={i} class="io-error-row" data-file={e.file.code()} data-row={e.row.to_string()}
                data-column={e.column.map(|c| c.to_string()).unwrap_or_default()} data-reason={e.reason.code()}>
                <td>{ file_text(e.file).get(lang) }<span class="io-source">{ " " }{ e.source.clone() }</span></td>
                <td class="num">{ e.row }</td>
                <td>{ column }</td>
                <td>{ reason_text(e.reason).get(lang) }</td>
                <td><code>{ e.value.clone() }</code></td>
            </tr>
        }
    });
    html! {
        <div class="io-table-wrap" tabindex="0" role="region" aria-labelledby="io-errors-caption">
            <table class="io-errors" id="io-errors">
                <caption id="io-errors-caption">{ Text::IoErrorsCaption.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ Text::IoErrFile.get(lang) }</th>
                        <th scope="col">{ Text::IoErrRow.get(lang) }</th>
                        <th scope="col">{ Text::IoErrColumn.get(lang) }</th>
                        <th scope="col">{ Text::IoErrReason.get(lang) }</th>
                        <th scope="col">{ Text::IoErrValue.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
            if total > MAX_SHOWN {
                <p class="io-hint">{ Text::IoMoreErrors.get(lang) }</p>
            }
        </div>
    }
}
