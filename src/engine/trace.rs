//! The way a call took through the kernel, for `mmrun --explain`. Recording is
//! off unless asked for, so the benchmarked path pays one branch per step.

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The kernel function making the decision.
    pub func: &'static str,
    /// What it decided, in a few words.
    pub what: &'static str,
    /// A value the decision produced (an address, a length, a count), if any.
    pub value: Option<u64>,
}

#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub enabled: bool,
    pub steps: Vec<Step>,
}

impl Trace {
    pub fn on() -> Trace {
        Trace {
            enabled: true,
            steps: Vec::new(),
        }
    }
    pub fn off() -> Trace {
        Trace::default()
    }
    #[inline]
    pub fn step(&mut self, func: &'static str, what: &'static str) {
        if self.enabled {
            self.steps.push(Step {
                func,
                what,
                value: None,
            });
        }
    }
    #[inline]
    pub fn value(&mut self, func: &'static str, what: &'static str, value: u64) {
        if self.enabled {
            self.steps.push(Step {
                func,
                what,
                value: Some(value),
            });
        }
    }
    pub fn take(&mut self) -> Vec<Step> {
        std::mem::take(&mut self.steps)
    }
}
