//! The clients of the small example, highest revenue first.

mod class_b;
mod class_c;
mod de_vaart;
mod het_baken;
mod noordkust;
mod van_dijk;
mod zuidervaart;

use super::spec::ClientSpec;

/// The A clients, then the B and C clients.
pub fn all() -> Vec<&'static ClientSpec> {
    [
        &de_vaart::CLIENT,
        &zuidervaart::CLIENT,
        &het_baken::CLIENT,
        &van_dijk::CLIENT,
        &noordkust::CLIENT,
    ]
    .into_iter()
    .chain(class_b::CLIENTS)
    .chain(class_c::CLIENTS)
    .collect()
}
