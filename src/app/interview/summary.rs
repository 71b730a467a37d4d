//! The end of the interview: every answer not yet turned into an expectation is proposed as
//! one, prefilled from the steps; the user accepts, edits or discards each.

use crate::app::ScrollList;
use crate::store::views::InterviewView;

use crate::domain::Expectation;
use crate::domain::proposal::propose;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Undecided,
    Accepted,
    Discarded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub expectation: Expectation,
    pub decision: Decision,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub proposals: Vec<Proposal>,
    pub list: ScrollList,
}

impl Summary {
    pub fn new(view: &InterviewView) -> Summary {
        let proposals = propose(
            &view.interview,
            &view.contact,
            &view.answers,
            &view.linked_answers,
        )
        .into_iter()
        .map(|expectation| Proposal {
            expectation,
            decision: Decision::Undecided,
        })
        .collect();
        Summary {
            proposals,
            list: ScrollList::default(),
        }
    }

    /// Keeps the proposals (and the user's decisions and edits) when the interview reloads.
    pub fn refresh(&mut self, _view: &InterviewView) {}

    pub fn count(&self, decision: Decision) -> usize {
        self.proposals
            .iter()
            .filter(|p| p.decision == decision)
            .count()
    }

    pub fn decide(&mut self, decision: Decision) {
        if let Some(p) = self.proposals.get_mut(self.list.selected) {
            p.decision = decision;
        }
        // Move on to the next proposal, as a reviewer would.
        let len = self.proposals.len();
        self.list.move_by(1, len, len);
    }

    pub fn accept_all(&mut self) {
        for p in &mut self.proposals {
            if p.decision == Decision::Undecided {
                p.decision = Decision::Accepted;
            }
        }
    }

    pub fn accepted(&self) -> Vec<Expectation> {
        self.proposals
            .iter()
            .filter(|p| p.decision == Decision::Accepted)
            .map(|p| p.expectation.clone())
            .collect()
    }
}
