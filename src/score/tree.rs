//! The flattened criteria tree: built once, with weights normalised and policies inherited.

use crate::criteria::{Children, Criteria, Indicator, Node};

use super::ScoreError;
use super::assessment::{Method, NodeInfo, NodeKind};

/// The tree every commune is scored against.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tree {
    /// Pre-order: a parent always comes before its children.
    pub nodes: Vec<NodeInfo>,
    pub pillars: Vec<usize>,
    /// In the order of `Criteria::indicators()`.
    pub indicators: Vec<usize>,
    /// The implicit root over the pillars, with the criteria-level defaults.
    pub index: Method,
}

impl Tree {
    pub fn build(criteria: &Criteria) -> Result<Tree, ScoreError> {
        let index = Method {
            aggregate: criteria.aggregate,
            missing: criteria.missing,
            min_coverage: criteria.min_coverage,
        };
        let mut tree = Tree {
            nodes: Vec::new(),
            pillars: Vec::new(),
            indicators: Vec::new(),
            index,
        };
        let weights = normalised(criteria.pillars.iter().map(|p| (p.id.as_str(), p.weight)))?;
        for (pillar, weight) in criteria.pillars.iter().zip(weights) {
            let at = tree.add_node(pillar, None, weight, index)?;
            tree.pillars.push(at);
        }
        Ok(tree)
    }

    fn add_node(
        &mut self,
        node: &Node,
        parent: Option<usize>,
        weight: f64,
        inherited: Method,
    ) -> Result<usize, ScoreError> {
        let method = Method {
            aggregate: node.aggregate.unwrap_or(inherited.aggregate),
            missing: node.missing.unwrap_or(inherited.missing),
            min_coverage: node.min_coverage.unwrap_or(inherited.min_coverage),
        };
        let at = self.push(NodeInfo {
            id: node.id.clone(),
            name: node.name.clone(),
            kind: if parent.is_none() {
                NodeKind::Pillar
            } else {
                NodeKind::Group
            },
            aggregate: Some(method.aggregate),
            min_coverage: Some(method.min_coverage),
            ..self.blank(parent, weight, method)
        });
        let children = match &node.children {
            Children::Indicators(indicators) => self.add_indicators(indicators, at, method)?,
            Children::Groups(groups) => self.add_groups(groups, at, method)?,
        };
        self.nodes[at].children = children;
        Ok(at)
    }

    fn add_groups(
        &mut self,
        groups: &[Node],
        parent: usize,
        method: Method,
    ) -> Result<Vec<usize>, ScoreError> {
        let weights = normalised(groups.iter().map(|g| (g.id.as_str(), g.weight)))?;
        let mut children = Vec::with_capacity(groups.len());
        for (group, weight) in groups.iter().zip(weights) {
            children.push(self.add_node(group, Some(parent), weight, method)?);
        }
        Ok(children)
    }

    fn add_indicators(
        &mut self,
        indicators: &[Indicator],
        parent: usize,
        method: Method,
    ) -> Result<Vec<usize>, ScoreError> {
        let weights = normalised(indicators.iter().map(|i| (i.id.as_str(), i.weight)))?;
        let mut children = Vec::with_capacity(indicators.len());
        for (indicator, weight) in indicators.iter().zip(weights) {
            check_scale(indicator)?;
            let own = Method {
                missing: indicator.missing.unwrap_or(method.missing),
                ..method
            };
            let at = self.push(NodeInfo {
                id: indicator.id.clone(),
                name: indicator.name.clone(),
                kind: NodeKind::Indicator,
                indicator: Some(self.indicators.len()),
                column: Some(indicator.column().to_owned()),
                scale: Some(indicator.scale.clone()),
                ..self.blank(Some(parent), weight, own)
            });
            self.indicators.push(at);
            children.push(at);
        }
        Ok(children)
    }

    /// A node with its place and weight filled in and everything kind-specific empty.
    fn blank(&self, parent: Option<usize>, weight: f64, method: Method) -> NodeInfo {
        let (depth, above) = match parent {
            Some(p) => (self.nodes[p].depth + 1, self.nodes[p].effective_weight),
            None => (0, 1.0),
        };
        NodeInfo {
            id: String::new(),
            name: None,
            kind: NodeKind::Group,
            parent,
            depth,
            weight,
            effective_weight: above * weight,
            missing: method.missing,
            aggregate: None,
            min_coverage: None,
            children: Vec::new(),
            indicator: None,
            column: None,
            scale: None,
            observed: None,
        }
    }

    fn push(&mut self, node: NodeInfo) -> usize {
        self.nodes.push(node);
        self.nodes.len() - 1
    }
}

/// Sibling weights divided by their sum; every weight must be positive and finite.
fn normalised<'a>(weights: impl Iterator<Item = (&'a str, f64)>) -> Result<Vec<f64>, ScoreError> {
    let weights: Vec<(&str, f64)> = weights.collect();
    if let Some((id, weight)) = weights.iter().find(|(_, w)| !(w.is_finite() && *w > 0.0)) {
        return Err(ScoreError::Weight {
            id: (*id).to_owned(),
            weight: *weight,
        });
    }
    let total: f64 = weights.iter().map(|(_, w)| w).sum();
    Ok(weights.iter().map(|(_, w)| w / total).collect())
}

/// The one scale shape scoring cannot survive: goalposts that coincide (a division by zero).
fn check_scale(indicator: &Indicator) -> Result<(), ScoreError> {
    match indicator.scale {
        crate::criteria::Scale::Goalpost([worst, best])
            if worst == best || !worst.is_finite() || !best.is_finite() =>
        {
            Err(ScoreError::Goalpost {
                id: indicator.id.clone(),
            })
        }
        _ => Ok(()),
    }
}
