//! `range`.

/// A range (i64 bounds).
pub struct RangeObj {
    /// Start.
    pub start: i64,
    /// Stop.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
}
impl heap::Object for RangeObj {
    const NAME: &'static str = "range";
    const TRACKED: bool = false;
}

impl RangeObj {
    /// Number of items (up to 2**64 - 1, so computed in i128: `range(-2**63, 2**63 - 1)`
    /// does not fit an i64 count).
    pub fn len(&self) -> usize {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as usize
    }
    /// Item `i` (`i < len()`): it lies between start and stop, so it fits an i64.
    pub fn nth(&self, i: usize) -> i64 {
        (i128::from(self.start) + i as i128 * i128::from(self.step)) as i64
    }
    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
