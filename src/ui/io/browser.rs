//! Browser plumbing of import and export (no components): downloads (a
//! Blob, an object URL and a clicked `<a download>`), reading a chosen file
//! as bytes, decoding bytes as UTF-8 or GBK (the browser's `TextDecoder`,
//! no bundled table), and printing one sheet (a `body` class set before
//! `window.print()`, removed on `afterprint`; styles/print.css shows only
//! that sheet).

use std::cell::RefCell;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, HtmlInputElement, TextDecoder, Url};

/// Offers `text` as a file named `name` (UTF-8; a leading U+FEFF becomes
/// the bytes EF BB BF).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = Array::new();
    parts.push(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.set_class_name("io-download-link");
    let body = gloo::utils::body();
    body.append_child(&a)?;
    a.click();
    a.remove();
    // Revoke later: some browsers start the download after the click returns.
    Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The first file chosen in a file input, if any.
pub fn chosen_file(input: &HtmlInputElement) -> Option<File> {
    input.files().and_then(|list| list.get(0))
}

/// The bytes of a file.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, JsValue> {
    let buf = JsFuture::from(file.array_buffer()).await?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// How to decode a CSV file's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 when the bytes are valid UTF-8, else GBK.
    Auto,
    Utf8,
    Gbk,
}

impl Encoding {
    pub fn code(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "utf-8",
            Encoding::Gbk => "gbk",
        }
    }

    pub fn from_code(code: &str) -> Self {
        match code {
            "utf-8" => Encoding::Utf8,
            "gbk" => Encoding::Gbk,
            _ => Encoding::Auto,
        }
    }
}

/// Why bytes could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// UTF-8 was chosen and the bytes are not UTF-8.
    NotUtf8,
    /// The browser has no GBK decoder or refused the bytes.
    Failed,
}

/// Decodes `bytes`; returns the text (without a byte order mark) and the
/// encoding used (UTF-8 or GBK).
pub fn decode(bytes: &[u8], enc: Encoding) -> Result<(String, Encoding), DecodeError> {
    let utf8 = || {
        std::str::from_utf8(bytes)
            .map(|s| s.strip_prefix('\u{feff}').unwrap_or(s).to_owned())
            .map_err(|_| DecodeError::NotUtf8)
    };
    match enc {
        Encoding::Utf8 => utf8().map(|s| (s, Encoding::Utf8)),
        Encoding::Auto => match utf8() {
            Ok(s) => Ok((s, Encoding::Utf8)),
            Err(_) => gbk(bytes).map(|s| (s, Encoding::Gbk)),
        },
        Encoding::Gbk => gbk(bytes).map(|s| (s, Encoding::Gbk)),
    }
}

fn gbk(bytes: &[u8]) -> Result<String, DecodeError> {
    let decoder = TextDecoder::new_with_label("gbk").map_err(|_| DecodeError::Failed)?;
    let s = decoder
        .decode_with_u8_array(bytes)
        .map_err(|_| DecodeError::Failed)?;
    Ok(s.strip_prefix('\u{feff}').unwrap_or(&s).to_owned())
}

/// The print sheets (body classes `printing print-<sheet>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    Unit,
    Ranking,
    Bulletin,
}

impl Sheet {
    const ALL: [Sheet; 3] = [Sheet::Unit, Sheet::Ranking, Sheet::Bulletin];

    fn class(self) -> &'static str {
        match self {
            Sheet::Unit => "print-unit",
            Sheet::Ranking => "print-ranking",
            Sheet::Bulletin => "print-bulletin",
        }
    }
}

thread_local! {
    static AFTER_PRINT: RefCell<Option<EventListener>> = const { RefCell::new(None) };
}

fn clear_print_classes() {
    let list = gloo::utils::body().class_list();
    let _ = list.remove_1("printing");
    for s in Sheet::ALL {
        let _ = list.remove_1(s.class());
    }
}

/// Prints `sheet` alone: marks the body, opens the print dialog, and
/// unmarks the body after printing.
pub fn print_sheet(sheet: Sheet) {
    clear_print_classes();
    let list = gloo::utils::body().class_list();
    let _ = list.add_2("printing", sheet.class());
    let window = gloo::utils::window();
    let listener = EventListener::once(&window, "afterprint", |_| clear_print_classes());
    AFTER_PRINT.with(|slot| *slot.borrow_mut() = Some(listener));
    let _ = window.print();
}
