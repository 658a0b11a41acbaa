//! PLACEHOLDER: naive sorted-vector VMA set with the augmented tree's API.
//! Replaced by the treap on branch `tree`.

pub type NodeId = u32;

struct Node<T> {
    start: u64,
    end: u64,
    guard: u64,
    data: T,
}

pub struct VmaTree<T> {
    slots: Vec<Option<Node<T>>>,
    order: Vec<NodeId>,
    free: Vec<NodeId>,
}

impl<T> Default for VmaTree<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> VmaTree<T> {
    pub fn new() -> Self {
        VmaTree {
            slots: Vec::new(),
            order: Vec::new(),
            free: Vec::new(),
        }
    }
    pub fn with_capacity(_n: usize) -> Self {
        Self::new()
    }
    pub fn len(&self) -> usize {
        self.order.len()
    }
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
    fn node(&self, id: NodeId) -> &Node<T> {
        self.slots[id as usize].as_ref().expect("live node")
    }
    fn pos(&self, id: NodeId) -> usize {
        let s = self.start(id);
        self.order.partition_point(|&o| self.start(o) < s)
    }
    pub fn insert(&mut self, start: u64, end: u64, guard: u64, data: T) -> NodeId {
        let node = Node {
            start,
            end,
            guard,
            data,
        };
        let id = if let Some(id) = self.free.pop() {
            self.slots[id as usize] = Some(node);
            id
        } else {
            self.slots.push(Some(node));
            (self.slots.len() - 1) as NodeId
        };
        let p = self.order.partition_point(|&o| self.start(o) < start);
        self.order.insert(p, id);
        id
    }
    pub fn insert_after(
        &mut self,
        _prev: Option<NodeId>,
        start: u64,
        end: u64,
        guard: u64,
        data: T,
    ) -> NodeId {
        self.insert(start, end, guard, data)
    }
    pub fn remove(&mut self, id: NodeId) -> T {
        let p = self.pos(id);
        self.order.remove(p);
        self.free.push(id);
        self.slots[id as usize].take().expect("live").data
    }
    pub fn start(&self, id: NodeId) -> u64 {
        self.node(id).start
    }
    pub fn end(&self, id: NodeId) -> u64 {
        self.node(id).end
    }
    pub fn guard(&self, id: NodeId) -> u64 {
        self.node(id).guard
    }
    pub fn data(&self, id: NodeId) -> &T {
        &self.node(id).data
    }
    pub fn data_mut(&mut self, id: NodeId) -> &mut T {
        &mut self.slots[id as usize].as_mut().expect("live").data
    }
    pub fn set_range(&mut self, id: NodeId, start: u64, end: u64) {
        let n = self.slots[id as usize].as_mut().expect("live");
        n.start = start;
        n.end = end;
    }
    pub fn set_guard(&mut self, id: NodeId, guard: u64) {
        self.slots[id as usize].as_mut().expect("live").guard = guard;
    }
    pub fn first(&self) -> Option<NodeId> {
        self.order.first().copied()
    }
    pub fn last(&self) -> Option<NodeId> {
        self.order.last().copied()
    }
    pub fn next(&self, id: NodeId) -> Option<NodeId> {
        self.order.get(self.pos(id) + 1).copied()
    }
    pub fn prev(&self, id: NodeId) -> Option<NodeId> {
        let p = self.pos(id);
        if p == 0 {
            None
        } else {
            Some(self.order[p - 1])
        }
    }
    pub fn find_vma(&self, addr: u64) -> Option<NodeId> {
        let p = self.order.partition_point(|&o| self.end(o) <= addr);
        self.order.get(p).copied()
    }
    pub fn find_prev(&self, addr: u64) -> Option<NodeId> {
        let p = self.order.partition_point(|&o| self.end(o) <= addr);
        if p == 0 {
            None
        } else {
            Some(self.order[p - 1])
        }
    }
    pub fn highest_vm_end(&self) -> u64 {
        self.last().map_or(0, |l| self.end(l))
    }
    fn start_gap(&self, id: NodeId) -> u64 {
        let n = self.node(id);
        n.start.saturating_sub(n.guard)
    }
    fn gaps(&self) -> Vec<(u64, u64)> {
        let mut prev_end = 0;
        let mut v = Vec::new();
        for &o in &self.order {
            v.push((prev_end, self.start_gap(o)));
            prev_end = self.end(o);
        }
        v
    }
    pub fn unmapped_area(
        &self,
        length: u64,
        low_limit: u64,
        high_limit: u64,
        align_mask: u64,
        align_offset: u64,
    ) -> Option<u64> {
        let len = length.checked_add(align_mask)?;
        if high_limit < len {
            return None;
        }
        let hl = high_limit - len;
        if low_limit > hl {
            return None;
        }
        let ll = low_limit + len;
        let mut found = None;
        for (gs, ge) in self.gaps() {
            if ge <= gs || ge - gs < len {
                continue;
            }
            if gs > hl {
                return None;
            }
            if ge >= ll {
                found = Some(gs);
                break;
            }
        }
        let gs = match found {
            Some(g) => g,
            None => {
                let h = self.highest_vm_end();
                if h > hl {
                    return None;
                }
                h
            }
        };
        let mut g = gs.max(low_limit);
        g = g.wrapping_add(align_offset.wrapping_sub(g) & align_mask);
        Some(g)
    }
    pub fn unmapped_area_topdown(
        &self,
        length: u64,
        low_limit: u64,
        high_limit: u64,
        align_mask: u64,
        align_offset: u64,
    ) -> Option<u64> {
        let len = length.checked_add(align_mask)?;
        if high_limit < len {
            return None;
        }
        let hl = high_limit - len;
        if low_limit > hl {
            return None;
        }
        let ll = low_limit + len;
        let gap_end = if self.highest_vm_end() <= hl {
            high_limit
        } else {
            let mut found = None;
            for (gs, ge) in self.gaps().into_iter().rev() {
                if ge <= gs || ge - gs < len {
                    continue;
                }
                if ge < ll {
                    return None;
                }
                if gs <= hl {
                    found = Some(ge.min(high_limit));
                    break;
                }
            }
            found?
        };
        let mut g = gap_end - length;
        g -= g.wrapping_sub(align_offset) & align_mask;
        Some(g)
    }
    pub fn iter(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.order.iter().copied()
    }
    pub fn check_invariants(&self) -> Result<(), String> {
        let mut prev_end = 0;
        for &o in &self.order {
            if self.start(o) >= self.end(o) || self.start(o) < prev_end {
                return Err("order".into());
            }
            prev_end = self.end(o);
        }
        Ok(())
    }
}
