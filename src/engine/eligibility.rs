//! Which medicines are approved for this person, by age (the label), and shown by the clinic.

use crate::data::evidence::{Evidence, Fig};
use crate::model::profile::{Drug, Profile};

/// Medicines approved at this person's age, among those the clinic shows, in display order.
/// Unknown age shows all of them (with the age limits explained in the text).
pub fn eligible(p: &Profile, shown: &[Drug]) -> Vec<Drug> {
    let ev = Evidence::bundled();
    let adult = ev.fig(Fig::AdultAge).whole();
    let ritle_min = ev.fig(Fig::RitleMinAge).whole();
    Drug::ALL
        .into_iter()
        .filter(|d| shown.contains(d))
        .filter(|d| match p.age.map(u32::from) {
            None => true,
            Some(age) => match d {
                Drug::Ritlecitinib => age >= ritle_min,
                Drug::Baricitinib | Drug::Deuruxolitinib => age >= adult,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(age: u8) -> Vec<Drug> {
        let p = Profile {
            age: Some(age),
            ..Profile::default()
        };
        eligible(&p, &Drug::ALL)
    }

    #[test]
    fn approvals_follow_the_labels() {
        assert!(at(11).is_empty());
        assert_eq!(at(12), vec![Drug::Ritlecitinib]);
        assert_eq!(at(17), vec![Drug::Ritlecitinib]);
        assert_eq!(at(18), Drug::ALL.to_vec());
        assert_eq!(
            eligible(&Profile::default(), &Drug::ALL),
            Drug::ALL.to_vec()
        );
    }

    #[test]
    fn clinic_choice_limits_what_is_shown() {
        let p = Profile {
            age: Some(30),
            ..Profile::default()
        };
        assert_eq!(
            eligible(&p, &[Drug::Deuruxolitinib]),
            vec![Drug::Deuruxolitinib]
        );
    }
}
