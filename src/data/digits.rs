//! Whole numbers as text. The guide writes only non-negative whole numbers (ages, counts, years,
//! steps, ids), so this small loop replaces `to_string`, whose formatting machinery
//! (`core::fmt`) would otherwise be in the wasm for this alone.

/// A non-negative whole number as decimal digits.
pub trait Digits {
    fn digits(self) -> String;
}

fn digits(mut n: u64) -> String {
    let mut b = [0u8; 20];
    let mut i = b.len();
    loop {
        i -= 1;
        b[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    b[i..].iter().map(|d| char::from(*d)).collect()
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl Digits for $t {
            fn digits(self) -> String {
                digits(self as u64)
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64, usize);

#[cfg(test)]
mod tests {
    use super::Digits;

    #[test]
    fn writes_the_same_digits_as_to_string() {
        for n in [0u64, 7, 10, 99, 100, 1234, 65_535, 4_294_967_295, u64::MAX] {
            assert_eq!(n.digits(), n.to_string());
        }
        assert_eq!(0u8.digits(), "0");
        assert_eq!(255u8.digits(), "255");
        assert_eq!(usize::MAX.digits(), usize::MAX.to_string());
    }
}
