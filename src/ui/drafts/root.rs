//! `DraftsRoot`: wraps the app's content inside `AppProvider`, runs the
//! drafts hooks once (autosave, storage events, links in the address) and
//! provides the session to the header tools, the banners and the drafts
//! screen.

use yew::prelude::*;

use super::autosave::use_autosave;
use super::link_open::use_link_open;
use super::session::DraftsHandle;
use super::sync::use_storage_sync;

#[derive(Properties, PartialEq)]
pub struct DraftsRootProps {
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn DraftsRoot(props: &DraftsRootProps) -> Html {
    let handle = use_autosave();
    use_storage_sync(&handle);
    use_link_open(&handle);
    html! {
        <ContextProvider<DraftsHandle> context={handle}>{ props.children.clone() }</ContextProvider<DraftsHandle>>
    }
}
