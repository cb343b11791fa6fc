//! Browser glue: the only place that touches `window`. Each function fails quietly (a private
//! browsing mode without storage, a portal that blocks the clipboard) and the app keeps working.

pub mod clinic_file;
pub mod clipboard;
pub mod embed;
pub mod page;
pub mod storage;
pub mod url;
