//! `QrView`: a share link as a QR code (`share::qr`, levels L–M), drawn as
//! an inline SVG (one path; no inline style, for the CSP). When the link is
//! too long for a QR code it says so and points to the dialog's export
//! button (one button of that name in the dialog, not two).

use yew::prelude::*;

use crate::i18n::Text;
use crate::share::qr::{Ecc, QrCode, MAX_BYTES};
use crate::ui::shell::use_lang;

#[derive(Properties, PartialEq)]
pub struct QrViewProps {
    pub link: AttrValue,
}

#[component]
pub fn QrView(props: &QrViewProps) -> Html {
    let lang = use_lang();
    let code = use_memo(props.link.clone(), |link| {
        QrCode::encode(link.as_bytes(), Ecc::L, Ecc::M)
    });
    match &*code {
        Ok(qr) => {
            let border = 4;
            let side = qr.size() + 2 * border;
            let view_box = format!("0 0 {side} {side}");
            let label = Text::ShareQrLabel.get(lang);
            html! {
                <figure class="share-qr" id="share-qr" data-version={qr.version().to_string()}>
                    <svg xmlns="http://www.w3.org/2000/svg" viewBox={view_box} role="img"
                        aria-label={label} shape-rendering="crispEdges" class="qr-svg">
                        <rect class="qr-light" width={side.to_string()} height={side.to_string()} />
                        <path class="qr-dark" d={qr.svg_path(border)} />
                    </svg>
                    <figcaption class="muted">{ Text::ShareQrCaption.get(lang) }</figcaption>
                </figure>
            }
        }
        Err(_) => html! {
            <div class="share-qr-none" id="share-qr-none">
                <p>{ Text::ShareQrTooLong.get(lang).replace("{max}", &MAX_BYTES.to_string()) }</p>
            </div>
        },
    }
}
